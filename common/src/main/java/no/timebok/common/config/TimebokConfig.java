package no.timebok.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Typed access to the keys of {@link ConfigKey}. Values are read on each call, so a change made
 * through the server's configuration sources takes effect without a redeploy.
 */
@ApplicationScoped
public class TimebokConfig {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TimebokConfig.class.getName());

    private final Function<String, Optional<String>> source;

    /** Reads the calling module's MicroProfile Config. */
    public TimebokConfig() {
        this(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** Reads from the given source; for tests and tools outside a container. */
    public TimebokConfig(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** Fails with {@link MissingConfigurationException} naming the first required key that is absent. */
    public void verifyRequiredKeys() {
        Arrays.stream(ConfigKey.values())
                .filter(ConfigKey::required)
                .forEach(this::value);
        zone();
        for (PublishedPolicy policy : PublishedPolicy.values()) {
            requireWithinPolicy(policy, period(policy.key()));
        }
        rateLimit(ConfigKey.INTAKE_LIMIT_PER_IP);
        rateLimit(ConfigKey.INTAKE_LIMIT_PER_PHONE);
        rateLimit(ConfigKey.INTAKE_LIMIT_GLOBAL);
        minFillTime();
        smsCapPerNumberPerDay();
        smsCapPerClinicPerDay();
        staffLockoutThreshold();
        staffLockoutDuration();
        staffSessionLifetime();
        retentionChunkSize();
        worklistLeadDays();
        retentionLockLease();
        journalAdapter();
        for (ConfigKey key : new ConfigKey[] {ConfigKey.SMS_TIMEOUT, ConfigKey.SMTP_TIMEOUT, ConfigKey.REMINDER_LEAD,
                ConfigKey.RETRY_BACKOFF, ConfigKey.RETRY_BACKOFF_MAX, ConfigKey.RELAY_INTERVAL, ConfigKey.RELAY_LEASE}) {
            positiveDuration(key);
        }
        for (ConfigKey key : new ConfigKey[] {ConfigKey.SMTP_PORT, ConfigKey.RETRY_LIMIT, ConfigKey.RELAY_BATCH,
                ConfigKey.RELAY_PARALLELISM}) {
            positiveInt(key);
        }
        if (!"sveve".equals(value(ConfigKey.SMS_PROVIDER).strip())) {
            throw new MissingConfigurationException(ConfigKey.SMS_PROVIDER, "only sveve is implemented");
        }
    }

    /** A duration key that must be longer than zero. */
    public Duration positiveDuration(ConfigKey key) {
        Duration parsed;
        try {
            parsed = Duration.parse(value(key).strip());
        } catch (DateTimeException e) {
            throw new MissingConfigurationException(key, "not an ISO-8601 duration such as PT30S");
        }
        if (parsed.isNegative() || parsed.isZero()) {
            throw new MissingConfigurationException(key, "must be longer than zero");
        }
        return parsed;
    }

    /** An integer key that must be 1 or more. */
    public int positiveInt(ConfigKey key) {
        int parsed;
        try {
            parsed = Integer.parseInt(value(key).strip());
        } catch (NumberFormatException e) {
            throw new MissingConfigurationException(key, "not a whole number such as 3");
        }
        // Zero would silently turn a channel off; whoever wants that should say so another way.
        if (parsed <= 0) {
            throw new MissingConfigurationException(key, "must be 1 or more, was " + parsed);
        }
        return parsed;
    }

    public boolean flag(ConfigKey key) {
        return Boolean.parseBoolean(value(key).strip());
    }


    public String value(ConfigKey key) {
        return source.apply(key.key())
                .filter(v -> !v.isBlank())
                .or(key::defaultValue)
                .orElseThrow(() -> new MissingConfigurationException(key));
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(value(ConfigKey.ZONE));
        } catch (DateTimeException e) {
            throw new MissingConfigurationException(ConfigKey.ZONE, "not a time zone id");
        }
    }

    public Period freeTextRetention() {
        return period(ConfigKey.RETENTION_FREE_TEXT);
    }

    public Period contactDataRetention() {
        return period(ConfigKey.RETENTION_CONTACT_DATA);
    }

    public Period correspondenceRetention() {
        return period(ConfigKey.RETENTION_CORRESPONDENCE);
    }

    public int retentionChunkSize() {
        return positiveInt(ConfigKey.RETENTION_CHUNK_SIZE);
    }

    public int worklistLeadDays() {
        return positiveInt(ConfigKey.RETENTION_WORKLIST_LEAD_DAYS);
    }

    public Duration retentionLockLease() {
        try {
            Duration lease = Duration.parse(value(ConfigKey.RETENTION_LOCK_LEASE));
            if (lease.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new MissingConfigurationException(ConfigKey.RETENTION_LOCK_LEASE, "must be at least PT1M, was " + lease);
            }
            return lease;
        } catch (DateTimeException e) {
            throw new MissingConfigurationException(ConfigKey.RETENTION_LOCK_LEASE, "not an ISO-8601 duration such as PT10M");
        }
    }

    /** {@code none}, {@code http} or {@code directory}; the latter two need their target configured. */
    public String journalAdapter() {
        String adapter = value(ConfigKey.JOURNAL_ADAPTER).strip();
        switch (adapter) {
            case "none":
                return adapter;
            case "http":
                requirePresent(ConfigKey.JOURNAL_URL, "the http journal adapter needs " + ConfigKey.JOURNAL_URL.key());
                return adapter;
            case "directory":
                requirePresent(ConfigKey.JOURNAL_DIRECTORY, "the directory journal adapter needs " + ConfigKey.JOURNAL_DIRECTORY.key());
                return adapter;
            default:
                throw new MissingConfigurationException(ConfigKey.JOURNAL_ADAPTER, "expected none, http or directory");
        }
    }

    private void requirePresent(ConfigKey key, String problem) {
        if (value(key).isBlank()) {
            throw new MissingConfigurationException(key, problem);
        }
    }

    public RateLimit rateLimit(ConfigKey key) {
        String value = value(key);
        int slash = value.indexOf('/');
        try {
            int count = Integer.parseInt(value.substring(0, Math.max(slash, 0)).strip());
            Duration window = Duration.parse(value.substring(slash + 1).strip());
            return new RateLimit(count, window);
        } catch (RuntimeException e) {
            throw new MissingConfigurationException(key, "expected count/ISO-8601 duration such as 20/PT10M");
        }
    }

    public Duration minFillTime() {
        try {
            return Duration.parse(value(ConfigKey.INTAKE_MIN_FILL_TIME));
        } catch (DateTimeException e) {
            throw new MissingConfigurationException(ConfigKey.INTAKE_MIN_FILL_TIME, "not an ISO-8601 duration such as PT3S");
        }
    }

    public Set<String> trustedProxies() {
        return Arrays.stream(value(ConfigKey.TRUSTED_PROXIES).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public String publicBaseUrl() {
        String url = value(ConfigKey.PUBLIC_BASE_URL).strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Optional<String> bootstrapAdminUsername() {
        return Optional.of(value(ConfigKey.STAFF_BOOTSTRAP_ADMIN_USERNAME).strip()).filter(s -> !s.isEmpty());
    }

    /** Empty when unset; never logged. */
    public Optional<String> bootstrapAdminPassword() {
        return Optional.of(value(ConfigKey.STAFF_BOOTSTRAP_ADMIN_PASSWORD)).filter(s -> !s.isEmpty());
    }

    public int staffLockoutThreshold() {
        return positiveInt(ConfigKey.STAFF_LOCKOUT_THRESHOLD);
    }

    public Duration staffLockoutDuration() {
        return duration(ConfigKey.STAFF_LOCKOUT_DURATION);
    }

    public Duration staffSessionLifetime() {
        return duration(ConfigKey.STAFF_SESSION_LIFETIME);
    }

    private Duration duration(ConfigKey key) {
        try {
            return Duration.parse(value(key).strip());
        } catch (DateTimeException e) {
            throw new MissingConfigurationException(key, "not an ISO-8601 duration such as PT15M");
        }
    }

    public int smsCapPerNumberPerDay() {
        return positiveInt(ConfigKey.SMS_CAP_PER_NUMBER_PER_DAY);
    }

    public int smsCapPerClinicPerDay() {
        return positiveInt(ConfigKey.SMS_CAP_PER_CLINIC_PER_DAY);
    }

    private void requireWithinPolicy(PublishedPolicy policy, Period configured) {
        if (!policy.exceededBy(configured)) {
            return;
        }
        if (!Boolean.parseBoolean(value(ConfigKey.RETENTION_ALLOW_LONGER_THAN_POLICY).strip())) {
            throw new MissingConfigurationException(policy.key(), configured + " keeps data longer than the published policy ("
                    + policy.promised() + "); shorten it, or set " + ConfigKey.RETENTION_ALLOW_LONGER_THAN_POLICY.key()
                    + "=true if the policy has been changed");
        }
        LOG.warning(() -> "Retention " + policy.key().key() + "=" + configured + " is longer than the published policy ("
                + policy.promised() + "), allowed by " + ConfigKey.RETENTION_ALLOW_LONGER_THAN_POLICY.key());
    }

    private Period period(ConfigKey key) {
        try {
            return Period.parse(value(key));
        } catch (DateTimeException e) {
            throw new MissingConfigurationException(key, "not an ISO-8601 period such as P21D");
        }
    }
}
