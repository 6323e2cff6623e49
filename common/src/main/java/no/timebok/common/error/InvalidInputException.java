package no.timebok.common.error;

/**
 * Input failed validation; nothing was stored. Carries each field's error, as a message key, for the
 * page to show beside its field and the API to list; when no field is to blame, {@link #messageKey()}
 * says what is wrong with the whole input.
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "validation";

    private final transient FieldErrors errors;

    public InvalidInputException(FieldErrors errors) {
        this(TYPE, TYPE, errors);
    }

    protected InvalidInputException(String type, String messageKey, FieldErrors errors, Object... arguments) {
        super(type, messageKey, arguments);
        this.errors = errors;
    }

    public FieldErrors errors() {
        return errors;
    }

    @Override
    public int status() {
        return 400;
    }
}
