/** Reception's queue: finding, opening and working the booking requests of one's own clinics, each read written to the access log. */
package no.timebok.booking.queue;
