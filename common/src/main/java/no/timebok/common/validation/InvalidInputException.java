package no.timebok.common.validation;

import jakarta.ejb.ApplicationException;

/** Input failed validation; nothing was stored. Carries the per-field errors to show. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        super("Invalid input in fields " + errors.asMap().keySet());
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }
}
