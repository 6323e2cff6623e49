package no.timebok.booking.abuse;

import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.core.HazelcastInstance;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.RateLimit;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.RateLimitedException;

/**
 * Token buckets (Bucket4j) for the public intake and the partners' API, kept on Payara's data grid
 * so that all nodes draw from one bucket: behind a load balancer a client gets the configured rate,
 * not that rate times the number of nodes. Bucket4j's compare-and-swap mode, because its
 * entry-processor mode fails on a grid member without the Bucket4j classes (a Payara Micro node).
 * <p>
 * A bucket's key holds a keyed hash of the client address or phone number, never the address or
 * number itself; the hash key lives only in the grid's memory ({@link GridKeys}), so nothing in the grid (or on the
 * wire between members) can be turned back into a number by trying all of Norway's.
 */
@ApplicationScoped
public class RateLimits {

    static final String BUCKETS = "timebok-rate-limits";
    /** Bounds each member's memory for distinct clients and numbers; the least recently used go first. */
    private static final int MAX_TRACKED_KEYS = 100_000;
    /** A partner key's limit is per minute (see the API clients). */
    private static final Duration API_CLIENT_WINDOW = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

    @Resource(lookup = "payara/Hazelcast")
    HazelcastInstance grid;

    @Inject
    GridKeys keys;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    private ProxyManager<String> buckets;
    private SecretKeySpec subjectKey;

    @PostConstruct
    void connect() {
        configureBucketMap();
        subjectKey = keys.hmacKey("rate-limit-subject");
        buckets = Bucket4jHazelcast.casBasedBuilder(grid.<String, byte[]>getMap(BUCKETS))
                .clientClock(applicationTime())
                .build();
    }

    /** @throws RateLimitedException when this client or all nodes together have had too many requests */
    public void admitClient(String clientAddress) {
        // The client's own limit first: a request it refuses must not use up the shared allowance,
        // or one client flooding past its limit would lock every other patient out.
        consume("ip", ConfigKey.INTAKE_LIMIT_PER_IP, clientAddress);
        consume("global", ConfigKey.INTAKE_LIMIT_GLOBAL, "");
    }

    /**
     * A partner's requests through the API: its key's own limit instead of the limit per address
     * (a partner is one server sending for many patients), then the shared one.
     *
     * @throws RateLimitedException when this key or all nodes together have had too many requests
     */
    public void admitApiClient(String keyId, RateLimit keyLimit) {
        consume("api-client", "api-client", keyLimit, keyId);
        consume("global", ConfigKey.INTAKE_LIMIT_GLOBAL, "");
    }

    /** @throws RateLimitedException when too many requests came for this phone number */
    public void admitPhone(String phoneE164) {
        consume("phone", ConfigKey.INTAKE_LIMIT_PER_PHONE, phoneE164);
    }

    private void consume(String name, ConfigKey key, String subject) {
        consume(name, key.key(), config.rateLimit(key), subject);
    }

    private void consume(String name, String limitName, RateLimit limit, String subject) {
        ConsumptionProbe probe;
        try {
            // The configuration is built only when the grid has no bucket for the key yet.
            probe = buckets.builder().build(name + "|" + pseudonym(subject) + "|" + limit, () -> BucketConfiguration.builder()
                            .addLimit(Bandwidth.builder().capacity(limit.count()).refillGreedy(limit.count(), limit.window()).build())
                            .build())
                    .tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            // Limits guard against floods; refusing every patient while the grid is unwell would be
            // the flood's own effect. Admitted, and said.
            LOG.warning(() -> "Rate limit " + limitName + " not checked, the data grid failed: " + e.getClass().getName());
            return;
        }
        if (!probe.isConsumed()) {
            throw new RateLimitedException(limitName, Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private String pseudonym(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(subjectKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * A bucket left alone for its window is full again, so the grid may forget it then: entries
     * live for the longest window after their last write, and each member keeps a bounded number.
     */
    private void configureBucketMap() {
        Duration longest = Stream.of(ConfigKey.INTAKE_LIMIT_PER_IP, ConfigKey.INTAKE_LIMIT_PER_PHONE,
                        ConfigKey.INTAKE_LIMIT_GLOBAL)
                .map(key -> config.rateLimit(key).window())
                .reduce(API_CLIENT_WINDOW, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        MapConfig map = new MapConfig(BUCKETS)
                .setTimeToLiveSeconds((int) Math.min(Integer.MAX_VALUE, longest.toSeconds()))
                .setEvictionConfig(new EvictionConfig().setEvictionPolicy(EvictionPolicy.LRU)
                        .setMaxSizePolicy(MaxSizePolicy.PER_NODE).setSize(MAX_TRACKED_KEYS));
        try {
            grid.getConfig().addMapConfig(map);
        } catch (RuntimeException e) {
            // Another node configured the map differently (a rolling change of the windows): its
            // settings stand until the grid restarts; the limits themselves are unaffected.
            LOG.warning(() -> "The data grid kept its earlier settings for " + BUCKETS + ": " + e.getMessage());
        }
    }

    /** Bucket4j's time, read from the application's clock, so tests and the buckets agree on now. */
    private TimeMeter applicationTime() {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
