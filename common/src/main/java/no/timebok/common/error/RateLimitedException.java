package no.timebok.common.error;

import java.time.Duration;

/** Too many requests; nothing was stored. Carries when the client may try again. */
public class RateLimitedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String TYPE = "rate-limit";

    private final Duration retryAfter;

    /** @param limit which limit was reached, for the log; names a kind of limit, never a client */
    public RateLimitedException(String limit, Duration retryAfter) {
        super(TYPE, "error.form.tooMany", limit);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as {@code Retry-After} wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }

    @Override
    public int status() {
        return 429;
    }
}
