package no.timebok.booking.schedule.calendar;

import java.time.Instant;

/** An unbroken stretch of open, unbooked time from now on. */
public record FreeTime(Instant start, Instant end) {
}
