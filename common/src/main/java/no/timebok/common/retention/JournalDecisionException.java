package no.timebok.common.retention;

import jakarta.ejb.ApplicationException;

/** A journal decision that cannot be recorded: unknown message, or one already transferred. */
@ApplicationException(rollback = true)
public class JournalDecisionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean notFound;

    public JournalDecisionException(String message, boolean notFound) {
        super(message);
        this.notFound = notFound;
    }

    public boolean notFound() {
        return notFound;
    }
}
