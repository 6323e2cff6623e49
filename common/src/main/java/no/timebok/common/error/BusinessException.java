package no.timebok.common.error;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A refusal the user can act on: not found, a conflict with the current state, not allowed, invalid
 * input, or too many requests. It rolls the transaction back and reaches the caller unwrapped, so
 * one JAX-RS mapper and one Faces exception handler can answer it.
 * <p>
 * {@link #type()} is the stable problem type of the API ({@code https://timebok.no/problems/<type>});
 * {@link #messageKey()} names the sentence a page shows, in bokmål and English. Neither, nor the
 * exception's message, ever holds personal data, so a refusal is safe to log.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String type, String messageKey, Object... arguments) {
        super(type + " (" + messageKey + ")" + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.type = type;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The HTTP status this refusal answers with. */
    public abstract int status();

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Values for the message's placeholders ({@code {0}}, ...): codes and states, never personal data. */
    public Object[] arguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }
}
