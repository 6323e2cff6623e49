package no.timebok.booking.schedule;

/**
 * A patient booked or moved this appointment themselves, in the current transaction, and the
 * appointment owes them its message ({@link Appointment#owePatientNotice}). Observed only inside
 * the EAR ({@link PatientNotices}); an edge node's changes reach an internal node through
 * {@link PatientNoticePickup}.
 */
public record PatientChange(long appointmentId) {
}
