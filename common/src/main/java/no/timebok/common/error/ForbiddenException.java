package no.timebok.common.error;

/** The caller is known, but their role or clinics do not allow this. */
public class ForbiddenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "forbidden";

    public ForbiddenException(String messageKey) {
        super(TYPE, messageKey);
    }

    @Override
    public int status() {
        return 403;
    }
}
