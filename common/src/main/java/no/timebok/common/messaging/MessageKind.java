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
    NEWSLETTER_CONFIRMATION,
    /**
     * A patient joined the waiting list for a kind of visit; its subject reference is the entry's
     * ({@code WL-…}), not a booking request's. Carries the link to see or leave the list.
     */
    WAITING_LIST_JOINED,
    /** A freed time offered to the first waiting patient it fits, with the link to accept it. */
    WAITING_LIST_OFFER
}
