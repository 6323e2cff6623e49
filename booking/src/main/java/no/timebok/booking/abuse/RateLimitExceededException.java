package no.timebok.booking.abuse;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many requests; nothing was stored. Carries when the client may try again. */
@ApplicationException(rollback = true)
public class RateLimitExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitExceededException(String limit, Duration retryAfter) {
        super("Rate limit '" + limit + "' exceeded");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds());
    }
}
