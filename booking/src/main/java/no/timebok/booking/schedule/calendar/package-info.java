/**
 * Reception's calendar of one resource: a day or a week of booked and free times, read in one query,
 * from which staff book (through the request's page), move and cancel with the scheduling rules of
 * {@link no.timebok.booking.schedule.SchedulingService}. A sub-feature of scheduling with its own
 * page package, because {@code schedule.web} goes to the internet-facing edge and this must not.
 */
package no.timebok.booking.schedule.calendar;
