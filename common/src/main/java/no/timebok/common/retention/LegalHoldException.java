package no.timebok.common.retention;

import jakarta.ejb.ApplicationException;

/** A hold cannot be placed or released as asked; the message says why, and names no person. */
@ApplicationException(rollback = true)
public class LegalHoldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public LegalHoldException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the problem is about. */
    public String field() {
        return field;
    }
}
