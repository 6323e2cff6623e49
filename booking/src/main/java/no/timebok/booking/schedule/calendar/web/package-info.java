/** The staff calendar page (staff/calendar.xhtml). */
package no.timebok.booking.schedule.calendar.web;
