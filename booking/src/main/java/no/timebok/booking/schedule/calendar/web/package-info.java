/** The staff calendar page (staff/calendar.xhtml); internal only, never on the edge. */
package no.timebok.booking.schedule.calendar.web;
