package no.timebok.common.error;

/** The request is valid, but the current state of what it acts on does not allow it. */
public class ConflictException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /**
     * @param type the stable problem type, e.g. "slot-taken"
     * @param messageKey the sentence for the user; its placeholders take {@code arguments}
     */
    public ConflictException(String type, String messageKey, Object... arguments) {
        super(type, messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
