package no.timebok.common.messaging;

import no.timebok.common.error.ConflictException;

/**
 * The data subject has restricted processing (GDPR art. 18): nothing may be sent to them, and staff
 * may change nothing of theirs, until the privacy officer lifts the restriction.
 */
public class ProcessingRestrictedException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /** The held reason of a message the outbox holds because of a restriction. */
    public static final String HELD_REASON = "restricted";

    public static final String TYPE = "processing-restricted";

    /** @param messageKey what the page that was refused says, e.g. that a message was not sent */
    public ProcessingRestrictedException(String messageKey) {
        super(TYPE, messageKey);
    }

    public ProcessingRestrictedException() {
        this("processing.restricted");
    }
}
