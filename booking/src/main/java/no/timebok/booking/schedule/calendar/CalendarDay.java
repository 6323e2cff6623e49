package no.timebok.booking.schedule.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One local day of a resource. {@code closed}: a closure covers the day, or the resource has no
 * opening hours on that weekday; appointments booked before it closed still show. {@code held}: times
 * offered to waiting patients, neither booked nor free until answered.
 */
public record CalendarDay(LocalDate date, boolean closed, List<BookedTime> booked, List<HeldTime> held, List<FreeTime> free) {
}
