package no.timebok.booking.abuse;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.RateLimit;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.RateLimitedException;

/**
 * Token buckets (Bucket4j) for the public intake and the partners' API. Limits are per node:
 * behind a load balancer with N nodes a client gets at most N times the configured rate, which
 * still stops floods and SMS pumping. Client addresses and phone numbers are held in memory only, never logged or stored.
 */
@ApplicationScoped
public class RateLimits {

    /** Bounds the memory held for distinct clients and numbers; the oldest are forgotten first. */
    private static final int MAX_TRACKED_KEYS = 100_000;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** Bucket4j's default time source (wall clock in milliseconds), read from the application's clock. */
    private final TimeMeter time = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    };

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_TRACKED_KEYS;
        }
    });

    /** @throws RateLimitedException when this client or the node has sent too many requests */
    public void admitClient(String clientAddress) {
        // The client's own limit first: a request it refuses must not use up the node's allowance,
        // or one client flooding past its limit would lock every other patient out.
        consume("ip", ConfigKey.INTAKE_LIMIT_PER_IP, clientAddress);
        consume("global", ConfigKey.INTAKE_LIMIT_GLOBAL);
    }

    /**
     * A partner's requests through the API: its key's own limit instead of the limit per address
     * (a partner is one server sending for many patients), then the node's.
     *
     * @throws RateLimitedException when this key or the node has sent too many requests
     */
    public void admitApiClient(String keyId, RateLimit keyLimit) {
        consume("api-client", "api-client", keyLimit, keyId);
        consume("global", ConfigKey.INTAKE_LIMIT_GLOBAL);
    }

    /** @throws RateLimitedException when too many requests came for this phone number */
    public void admitPhone(String phoneE164) {
        consume("phone", ConfigKey.INTAKE_LIMIT_PER_PHONE, phoneE164);
    }

    private void consume(String name, ConfigKey key) {
        consume(name, key, "");
    }

    private void consume(String name, ConfigKey key, String subject) {
        consume(name, key.key(), config.rateLimit(key), subject);
    }

    private void consume(String name, String limitName, RateLimit limit, String subject) {
        String bucketKey = name + "|" + subject + "|" + limit;
        Bucket bucket = buckets.computeIfAbsent(bucketKey, k -> Bucket.builder()
                .withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(limit.count()).refillGreedy(limit.count(), limit.window()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(limitName, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }
}
