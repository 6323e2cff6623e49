package no.timebok.common.error;

/**
 * Nothing the caller may see has this id. Another clinic's data answers the same as none at all, so
 * the API's answer is the one generic 404; a page may say more precisely what it could not find.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "not-found";

    /** @param messageKey what a page says, e.g. "rights.notFound" */
    public NotFoundException(String messageKey) {
        super(TYPE, messageKey);
    }

    public NotFoundException() {
        this(TYPE);
    }

    @Override
    public int status() {
        return 404;
    }
}
