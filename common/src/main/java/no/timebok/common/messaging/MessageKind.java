package no.timebok.common.messaging;

/**
 * Why a patient is written to; each kind has its own template in each language. A
 * {@link #STAFF_MESSAGE} carries the text staff wrote; its template gives only the email subject.
 */
public enum MessageKind {
    REQUEST_RECEIVED, APPOINTMENT_BOOKED, APPOINTMENT_RESCHEDULED, APPOINTMENT_CANCELLED, APPOINTMENT_REMINDER,
    STAFF_MESSAGE,
    /** An administrator's newsletter to a consenting recipient; email only, with one-click unsubscribe. */
    NEWSLETTER,
    /**
     * The link that confirms a sign-up on the newsletter page (double opt-in); email only. Its
     * subject reference is the sign-up's, not a booking request's.
     */
    NEWSLETTER_CONFIRMATION
}
