package no.timebok.booking.schedule;

/**
 * A clinic's booked or held time changed in the current transaction: an appointment was booked,
 * moved or cancelled, or a waiting-list offer began or stopped holding a time. Whoever keeps free
 * times worked out from the database drops the clinic's once the transaction commits.
 */
public record SlotCalendarChanged(long clinicId) {
}
