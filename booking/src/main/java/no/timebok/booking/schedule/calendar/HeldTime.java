package no.timebok.booking.schedule.calendar;

import java.time.Instant;

/**
 * A time offered to a waiting patient, held for them until they accept it or the offer lapses
 * ({@code until}). It names no one: reception sees that it is held, not for whom.
 */
public record HeldTime(Instant start, Instant end, Instant until) {
}
