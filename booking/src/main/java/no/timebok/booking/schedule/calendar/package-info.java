/**
 * Reception's calendar of one resource: a day or a week of booked and free times, read in one query,
 * from which staff book (through the request's page), move and cancel with the scheduling rules of
 * {@link no.timebok.booking.schedule.SchedulingService}.
 */
package no.timebok.booking.schedule.calendar;
