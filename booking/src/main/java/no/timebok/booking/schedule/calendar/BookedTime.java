package no.timebok.booking.schedule.calendar;

import java.time.Instant;

/**
 * A booked appointment in the calendar. Only the request's reference, never the patient's name:
 * the calendar is on the reception desk's screen all day.
 */
public record BookedTime(Instant start, Instant end, long appointmentId, long requestId, String reference,
                         boolean bookedByPatient) {
}
