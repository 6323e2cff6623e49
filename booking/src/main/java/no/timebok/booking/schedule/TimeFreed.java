package no.timebok.booking.schedule;

import java.time.Instant;

/**
 * A booked time became free in the current transaction (a cancellation or a move), so whoever
 * waits for one can be offered it. Fired wherever an appointment's cells are released.
 */
public record TimeFreed(long clinicId, long resourceId, Instant start, Instant end) {

    static TimeFreed of(Appointment appointment) {
        return new TimeFreed(appointment.clinicId(), appointment.resourceId(), appointment.startsAt(), appointment.endsAt());
    }
}
