package no.timebok.common.config;

import java.time.Duration;

/** At most {@code count} events per {@code window}. */
public record RateLimit(int count, Duration window) {

    public RateLimit {
        if (count < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a positive count and window");
        }
    }
}
