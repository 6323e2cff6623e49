package no.timebok.booking.accesslog;

/** What a staff member did with a patient's data. */
public enum AccessAction {
    /** Names and contact data shown in a queue page or search result. */
    LISTED,
    /** A request or appointment opened in full. */
    VIEWED,
    /** A request changed: status, note, assignment, appointment. */
    CHANGED,
    /** Data taken out of the system (a file, a print). */
    EXPORTED,
    /** The message thread of a request read. */
    THREAD_VIEWED,
    /** The access log of a request read by the privacy officer. */
    AUDITED
}
