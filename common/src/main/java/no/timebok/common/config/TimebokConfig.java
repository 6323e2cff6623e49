package no.timebok.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Typed access to the keys of {@link ConfigKey}, each parsed by its declared {@link ConfigType}.
 * Values are read on each call, so a change made through the server's configuration sources takes
 * effect without a redeploy.
 */
@ApplicationScoped
public class TimebokConfig {

    /** Where the intake's key pair lies by default: beside the keyset, so one backup holds all keys. */
    public static final String INTAKE_PRIVATE_FILE = "intake-private.json";
    public static final String INTAKE_PUBLIC_FILE = "intake-public.json";

    private final Function<String, Optional<String>> source;

    /** Reads the calling module's MicroProfile Config. */
    public TimebokConfig() {
        this(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** Reads from the given source; for tests and tools outside a container. */
    public TimebokConfig(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /**
     * Checks every key, not only the required ones: each value against its declared type, then the
     * rules between keys. Called at start-up, so a wrong value stops the deployment.
     *
     * @throws MissingConfigurationException naming the first key that is missing or invalid
     */
    public void verifyEveryKey() {
        new ConfigCheck(this).run();
    }

    /** The key's text as configured, or its default; blank counts as not configured. */
    public String value(ConfigKey key) {
        return source.apply(key.key())
                .filter(v -> !v.isBlank())
                .or(key::defaultValue)
                .orElseThrow(() -> new MissingConfigurationException(key));
    }

    /**
     * The key's value in its declared type; empty when an optional key is not set.
     *
     * @throws IllegalArgumentException when the key is declared as another type: a programming error
     */
    <T> Optional<T> find(ConfigKey key, Class<T> kind) {
        ConfigType<?> type = key.type();
        if (!kind.equals(type.valueClass())) {
            throw new IllegalArgumentException(key.key() + " holds " + type.expected() + ", not a " + kind.getSimpleName());
        }
        String text = value(key);
        return text.isBlank() ? Optional.empty() : Optional.of(kind.cast(type.parse(key, text)));
    }

    private <T> T read(ConfigKey key, Class<T> kind) {
        return find(key, kind).orElseThrow(() -> new MissingConfigurationException(key));
    }

    /** A key declared as a duration; always longer than zero. */
    public Duration positiveDuration(ConfigKey key) {
        return read(key, Duration.class);
    }

    /** A key declared as a whole number (a count or a port); always 1 or more. */
    public int positiveInt(ConfigKey key) {
        return read(key, Integer.class);
    }

    /** A key declared as a daily or monthly schedule. */
    public TimerSchedule schedule(ConfigKey key) {
        return read(key, TimerSchedule.class);
    }

    /** A key declared as {@code true} or {@code false}. */
    public boolean flag(ConfigKey key) {
        return read(key, Boolean.class);
    }

    /** A key declared as {@code count/ISO-8601 duration}. */
    public RateLimit rateLimit(ConfigKey key) {
        return read(key, RateLimit.class);
    }

    public ZoneId zone() {
        return read(ConfigKey.ZONE, ZoneId.class);
    }

    public Path keysetPath() {
        return read(ConfigKey.CRYPTO_KEYSET_PATH, Path.class);
    }

    public Path intakePrivateKeysetPath() {
        return find(ConfigKey.CRYPTO_INTAKE_PRIVATE_KEYSET_PATH, Path.class)
                .orElseGet(() -> keysetPath().resolveSibling(INTAKE_PRIVATE_FILE));
    }

    public Duration rewrapInterval() {
        return positiveDuration(ConfigKey.CRYPTO_REWRAP_INTERVAL);
    }

    public Path intakePublicKeysetPath() {
        return find(ConfigKey.CRYPTO_INTAKE_PUBLIC_KEYSET_PATH, Path.class)
                .orElseGet(() -> keysetPath().resolveSibling(INTAKE_PUBLIC_FILE));
    }

    public Period freeTextRetention() {
        return read(ConfigKey.RETENTION_FREE_TEXT, Period.class);
    }

    public Period contactDataRetention() {
        return read(ConfigKey.RETENTION_CONTACT_DATA, Period.class);
    }

    public Period correspondenceRetention() {
        return read(ConfigKey.RETENTION_CORRESPONDENCE, Period.class);
    }

    /** The version date of the privacy notice's text. */
    public LocalDate privacyVersionDate() {
        return read(ConfigKey.PRIVACY_VERSION_DATE, LocalDate.class);
    }

    public int retentionChunkSize() {
        return positiveInt(ConfigKey.RETENTION_CHUNK_SIZE);
    }

    public int worklistLeadDays() {
        return positiveInt(ConfigKey.RETENTION_WORKLIST_LEAD_DAYS);
    }

    /** At least ten seconds, by the key's type. */
    public Duration retentionLockLease() {
        return positiveDuration(ConfigKey.RETENTION_LOCK_LEASE);
    }

    public Duration retentionWatchInterval() {
        return positiveDuration(ConfigKey.RETENTION_WATCH_INTERVAL);
    }

    public Duration retentionCatchUpDelay() {
        return positiveDuration(ConfigKey.RETENTION_CATCH_UP_DELAY);
    }

    /** {@code none}, {@code http} or {@code directory}; the latter two need their target configured. */
    public String journalAdapter() {
        String adapter = read(ConfigKey.JOURNAL_ADAPTER, String.class);
        switch (adapter) {
            case "http" -> journalUrl();
            case "directory" -> journalDirectory();
            default -> { }
        }
        return adapter;
    }

    /** The {@code http} journal adapter's FHIR base URL. */
    public URI journalUrl() {
        return find(ConfigKey.JOURNAL_URL, URI.class).orElseThrow(() -> new MissingConfigurationException(
                ConfigKey.JOURNAL_URL, "the http journal adapter needs " + ConfigKey.JOURNAL_URL.key()));
    }

    /** The {@code directory} journal adapter's target directory. */
    public Path journalDirectory() {
        return find(ConfigKey.JOURNAL_DIRECTORY, Path.class).orElseThrow(() -> new MissingConfigurationException(
                ConfigKey.JOURNAL_DIRECTORY, "the directory journal adapter needs " + ConfigKey.JOURNAL_DIRECTORY.key()));
    }

    /** At least a minute, by the key's type. */
    public Duration newsletterConfirmExpiry() {
        return positiveDuration(ConfigKey.NEWSLETTER_CONFIRM_EXPIRY);
    }

    public Duration minFillTime() {
        return positiveDuration(ConfigKey.INTAKE_MIN_FILL_TIME);
    }

    /** IP address literals as configured; empty when none is. */
    @SuppressWarnings("unchecked")
    public Set<String> trustedProxies() {
        return find(ConfigKey.TRUSTED_PROXIES, Set.class).orElse(Set.of());
    }

    public Set<String> operationsClients() {
        return find(ConfigKey.OPERATIONS_CLIENTS, Set.class).orElse(Set.of());
    }

    /** Without a trailing slash, so paths can be appended. */
    public String publicBaseUrl() {
        String url = read(ConfigKey.PUBLIC_BASE_URL, URI.class).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public URI smsUrl() {
        return read(ConfigKey.SMS_URL, URI.class);
    }

    /** A new address on each call: {@link InternetAddress} can be changed by whoever holds it. */
    public InternetAddress mailFrom() {
        return read(ConfigKey.MAIL_FROM, InternetAddress.class);
    }

    /** The demo data's directory, when this is a local run or a test. */
    public Optional<java.nio.file.Path> demoData() {
        return Optional.of(value(ConfigKey.SCHEMA_DEMO_DATA).strip()).filter(s -> !s.isEmpty()).map(java.nio.file.Path::of);
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
        return positiveDuration(ConfigKey.STAFF_LOCKOUT_DURATION);
    }

    public Duration staffSessionLifetime() {
        return positiveDuration(ConfigKey.STAFF_SESSION_LIFETIME);
    }

    public int smsCapPerNumberPerDay() {
        return positiveInt(ConfigKey.SMS_CAP_PER_NUMBER_PER_DAY);
    }

    public int smsCapPerClinicPerDay() {
        return positiveInt(ConfigKey.SMS_CAP_PER_CLINIC_PER_DAY);
    }
}
