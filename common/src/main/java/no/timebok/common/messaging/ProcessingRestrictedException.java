package no.timebok.common.messaging;

import jakarta.ejb.ApplicationException;

/**
 * The data subject has restricted processing (GDPR art. 18): nothing may be sent to them until the
 * privacy officer lifts the restriction. Staff see this instead of their message going out.
 */
@ApplicationException(rollback = true)
public class ProcessingRestrictedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The held reason of a message the outbox holds because of a restriction. */
    public static final String HELD_REASON = "restricted";

    public ProcessingRestrictedException() {
        super("Processing of this booking request is restricted");
    }
}
