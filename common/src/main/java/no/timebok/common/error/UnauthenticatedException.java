package no.timebok.common.error;

/** The caller did not prove who it is (a missing or invalid client key); nothing was done. */
public class UnauthenticatedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "unauthenticated";

    public UnauthenticatedException(String messageKey) {
        super(TYPE, messageKey);
    }

    @Override
    public int status() {
        return 401;
    }
}
