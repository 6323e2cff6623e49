/**
 * The privacy notice's content that is not fixed wording: the data controllers and the data
 * protection officer from the database, the retention periods and their schedules from the running
 * configuration, and the notice's version date. The page itself is in {@code notice.web}.
 */
package no.timebok.booking.notice;
