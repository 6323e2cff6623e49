package no.timebok.common.config;

import static no.timebok.common.config.ConfigType.BOOLEAN;
import static no.timebok.common.config.ConfigType.DATE;
import static no.timebok.common.config.ConfigType.DURATION;
import static no.timebok.common.config.ConfigType.DURATION_OR_ZERO;
import static no.timebok.common.config.ConfigType.IP_ADDRESSES;
import static no.timebok.common.config.ConfigType.LINK;
import static no.timebok.common.config.ConfigType.MAIL_ADDRESS;
import static no.timebok.common.config.ConfigType.PATH;
import static no.timebok.common.config.ConfigType.PERIOD;
import static no.timebok.common.config.ConfigType.PORT;
import static no.timebok.common.config.ConfigType.POSITIVE_INT;
import static no.timebok.common.config.ConfigType.RATE_LIMIT;
import static no.timebok.common.config.ConfigType.SCHEDULE;
import static no.timebok.common.config.ConfigType.SECRET;
import static no.timebok.common.config.ConfigType.TEXT;
import static no.timebok.common.config.ConfigType.URL;
import static no.timebok.common.config.ConfigType.durationOfAtLeast;
import static no.timebok.common.config.ConfigType.matching;
import static no.timebok.common.config.ConfigType.oneOf;

import java.time.Duration;
import java.util.Optional;

/**
 * Every MicroProfile Config key the application reads, with its default and its {@link ConfigType}.
 * Keeping them in one enum gives operations a single list to document, and lets start-up check
 * every value against its declared type before anything runs.
 * <p>
 * A key with no default is required: deployment fails with a message naming it when it is absent.
 * A key whose default is empty is optional: a blank value means "not set" and is not parsed.
 * Environment variables work too, by MicroProfile Config's mapping ({@code TIMEBOK_CRYPTO_KEYSET_PATH}
 * for {@code timebok.crypto.keyset-path}).
 */
public enum ConfigKey {

    /** Tink JSON keyset that encrypts national ID numbers and free text; kept outside the database. */
    CRYPTO_KEYSET_PATH("timebok.crypto.keyset-path", null, PATH),
    /**
     * Tink JSON keyset with the private key that opens what the intake sealed (national ID numbers
     * and free text of booking requests). Blank: {@code intake-private.json} beside the keyset.
     */
    CRYPTO_INTAKE_PRIVATE_KEYSET_PATH("timebok.crypto.intake-private-keyset-path", "", PATH),
    /**
     * Its public half, all the intake needs to seal: a node that holds only this can store such a
     * value but never read one. Blank: {@code intake-public.json} beside the keyset.
     */
    CRYPTO_INTAKE_PUBLIC_KEYSET_PATH("timebok.crypto.intake-public-keyset-path", "", PATH),
    /** How often staff's side rewraps new requests' public-key seals under the keyset (ISO-8601 duration). */
    CRYPTO_REWRAP_INTERVAL("timebok.crypto.rewrap-interval", "PT10S", durationOfAtLeast(Duration.ofSeconds(1))),
    CRYPTO_RESEAL_INTERVAL("timebok.crypto.reseal-interval", "PT1M", durationOfAtLeast(Duration.ofSeconds(1))),
    CRYPTO_RESEAL_GRACE("timebok.crypto.reseal-grace", "PT5M", durationOfAtLeast(Duration.ofSeconds(1))),
    CRYPTO_RESEAL_CHUNK_SIZE("timebok.crypto.reseal-chunk-size", "500", POSITIVE_INT),
    /**
     * A directory of demo data (repeatable Flyway scripts) the booking module applies after its own
     * migrations: the local run's and the tests' clinics. Blank, as in production, where clinics are
     * set up on the staff pages.
     */
    SCHEMA_DEMO_DATA("timebok.schema.demo-data", "", PATH),
    /** Time zone of every schedule and every date shown to people. */
    ZONE("timebok.zone", "Europe/Oslo", ConfigType.ZONE),
    /** How long booking free text is kept after submission (ISO-8601 period). */
    RETENTION_FREE_TEXT("timebok.retention.free-text", "P21D", PERIOD),
    /** How long a booking request's contact data is kept after submission (ISO-8601 period). */
    RETENTION_CONTACT_DATA("timebok.retention.contact-data", "P5M", PERIOD),
    /**
     * How long after the end of its calendar month (in {@link #ZONE}) correspondence is kept, as an
     * ISO-8601 period. {@code P0M}: every SMS and email goes at the end of its month.
     */
    RETENTION_CORRESPONDENCE("timebok.retention.correspondence", "P0M", PERIOD),
    /** When the free-text policy's timer fires, in {@link #ZONE}; keep it outside 02:00–03:00 (daylight saving). */
    RETENTION_FREE_TEXT_SCHEDULE("timebok.retention.free-text.schedule", "04:10", SCHEDULE),
    /** When the contact-data policy's timer fires, in {@link #ZONE}. */
    RETENTION_CONTACT_DATA_SCHEDULE("timebok.retention.contact-data.schedule", "04:20", SCHEDULE),
    /** When the correspondence policy's timer fires, in {@link #ZONE}: just after midnight on the first. */
    RETENTION_CORRESPONDENCE_SCHEDULE("timebok.retention.correspondence.schedule", "1 00:15", SCHEDULE),
    /** Rows one retention transaction touches; small enough to stay far from the transaction timeout. */
    RETENTION_CHUNK_SIZE("timebok.retention.chunk-size", "5000", POSITIVE_INT),
    /** How many days before month end staff see the messages of the month that lack a journal decision. */
    RETENTION_WORKLIST_LEAD_DAYS("timebok.retention.worklist-lead-days", "5", POSITIVE_INT),
    /**
     * How long a node's claim on a retention policy lasts without being renewed (ISO-8601 duration).
     * A run renews it after every chunk; a node that dies mid-run frees the policy after this long.
     */
    RETENTION_LOCK_LEASE("timebok.retention.lock-lease", "PT10M", durationOfAtLeast(Duration.ofSeconds(10))),
    /**
     * How often every node looks for a retention run whose node died (its lease ran out without a
     * release) and finishes its work, instead of leaving it to the next scheduled time.
     */
    RETENTION_WATCH_INTERVAL("timebok.retention.watch-interval", "PT1M", durationOfAtLeast(Duration.ofSeconds(1))),
    /**
     * How long after a node's start it checks every policy and catches up the overdue ones: long
     * enough for the deployment to finish, so the catch-up never delays readiness.
     */
    RETENTION_CATCH_UP_DELAY("timebok.retention.catch-up-delay", "PT5S", durationOfAtLeast(Duration.ofSeconds(1))),
    /**
     * Where messages marked "transfer to journal" go: {@code none} (every transfer fails, so such
     * messages are kept and listed for staff), {@code http} or {@code directory}.
     */
    JOURNAL_ADAPTER("timebok.journal.adapter", "none", oneOf("none", "http", "directory")),
    /** FHIR R4 base URL the {@code http} journal adapter posts {@code Communication} resources to. */
    JOURNAL_URL("timebok.journal.url", "", URL),
    /** Directory the {@code directory} journal adapter writes {@code Communication} JSON files into. */
    JOURNAL_DIRECTORY("timebok.journal.directory", "", PATH),
    /**
     * Set to {@code true} only to keep data longer than the published privacy policy promises;
     * without it such a period stops the deployment. Every start with it set is logged.
     */
    RETENTION_ALLOW_LONGER_THAN_POLICY("timebok.retention.allow-longer-than-policy", "false", BOOLEAN),
    /**
     * Whether an access export names the staff who read the person's data ({@code true}) or gives
     * only their role: the clinic decides, since the law requires the role but not the name.
     */
    PRIVACY_EXPORT_READER_NAMES("timebok.privacy.export-reader-names", "true", BOOLEAN),
    /** Link to the clinic group's published privacy notice, shown beside the form. */
    PRIVACY_NOTICE_URL("timebok.privacy-notice-url", "/privacy", LINK),
    /**
     * The day the privacy notice's text was last changed (ISO-8601 date): shown on the notice, and
     * carried by the form's link to it, so a patient's version can be told apart from later ones.
     */
    PRIVACY_VERSION_DATE("timebok.privacy.version-date", "2026-12-06", DATE),
    /** Booking requests one client address may send, as {@code count/ISO-8601 duration}. */
    INTAKE_LIMIT_PER_IP("timebok.intake.limit-per-ip", "20/PT10M", RATE_LIMIT),
    /** Booking requests for one phone number, as {@code count/ISO-8601 duration}. */
    INTAKE_LIMIT_PER_PHONE("timebok.intake.limit-per-phone", "3/PT24H", RATE_LIMIT),
    /**
     * Appointments one phone number may hold at a time from picking times itself (upcoming, not
     * cancelled), so nobody can hoard a clinic's free times.
     */
    SELF_BOOKING_MAX_UPCOMING_PER_PHONE("timebok.self-booking.max-upcoming-per-phone", "2", POSITIVE_INT),
    /**
     * How long a node may show the free times it worked out for a kind of visit and week before
     * working them out again; this node's own bookings drop them at once, another node's show up
     * this much later. Booking itself always checks the database. PT0S: worked out on every view.
     */
    SELF_BOOKING_FREE_TIMES_CACHE("timebok.self-booking.free-times-cache", "PT5S", DURATION_OR_ZERO),
    /** Waiting-list entries one phone number or email address may have at a time (waiting or offered a time). */
    WAITING_LIST_MAX_PER_PHONE("timebok.waiting-list.max-per-phone", "2", POSITIVE_INT),
    /**
     * How long a waiting patient has to accept a freed time offered to them; after it the time goes
     * to the next in line (ISO-8601 duration).
     */
    WAITING_LIST_OFFER_VALIDITY("timebok.waiting-list.offer-validity", "PT2H", durationOfAtLeast(Duration.ofMinutes(1))),
    /** How often the internal nodes offer freed times to waiting patients and expire unanswered offers. */
    WAITING_LIST_INTERVAL("timebok.waiting-list.interval", "PT30S", durationOfAtLeast(Duration.ofSeconds(1))),
    /** Booking requests the whole node accepts, as {@code count/ISO-8601 duration}. */
    INTAKE_LIMIT_GLOBAL("timebok.intake.limit-global", "600/PT1M", RATE_LIMIT),
    /**
     * How long a newsletter sign-up waits for its confirmation link to be used (ISO-8601 duration);
     * after it, the unconfirmed sign-up's name and address are deleted by the contact-data run.
     */
    NEWSLETTER_CONFIRM_EXPIRY("timebok.newsletter.confirm-expiry", "PT48H", durationOfAtLeast(Duration.ofMinutes(1))),
    /** A form sent back faster than this was filled in by a bot. */
    INTAKE_MIN_FILL_TIME("timebok.intake.min-fill-time", "PT3S", DURATION),
    /**
     * {@code true}: the form and API accept the national ID numbers of the test registers (month + 65
     * or month + 80), which no real person has. For test and demo installations only.
     */
    INTAKE_ACCEPT_TEST_NATIONAL_IDS("timebok.intake.accept-test-national-ids", "false", BOOLEAN),
    /**
     * Addresses of reverse proxies whose X-Forwarded-For names the client (comma-separated).
     * Empty: the connecting address is the client.
     */
    TRUSTED_PROXIES("timebok.http.trusted-proxies", "", IP_ADDRESSES),
    /** Clients (load balancer, monitoring) that may read /metrics and /health; everyone else gets 404. */
    OPERATIONS_CLIENTS("timebok.http.operations-clients", "127.0.0.1,::1", IP_ADDRESSES),
    /** Public address of the booking site, as patients reach it; links in messages start with it. */
    PUBLIC_BASE_URL("timebok.public-base-url", "http://localhost:8080", URL),
    /**
     * User name of the first administrator, created at start-up while no staff account exists.
     * Empty: none is created.
     */
    STAFF_BOOTSTRAP_ADMIN_USERNAME("timebok.staff.bootstrap-admin.username", "", TEXT),
    /**
     * One-time password of that first administrator (at least 12 characters). It must be changed at
     * the first login, together with enrolling the second factor, before anything else opens.
     */
    STAFF_BOOTSTRAP_ADMIN_PASSWORD("timebok.staff.bootstrap-admin.password", "", SECRET),
    /** Failed logins in a row that lock a staff account. */
    STAFF_LOCKOUT_THRESHOLD("timebok.staff.lockout-threshold", "5", POSITIVE_INT),
    /** How long a locked staff account stays locked (ISO-8601 duration). */
    STAFF_LOCKOUT_DURATION("timebok.staff.lockout-duration", "PT15M", DURATION),
    /** A staff session ends this long after login even when in use (ISO-8601 duration). */
    STAFF_SESSION_LIFETIME("timebok.staff.session-lifetime", "PT12H", DURATION),
    /**
     * Most SMS queued to one mobile number per calendar day (in {@link #ZONE}). Caps the cost of
     * "SMS pumping" through the public form; past it, a message goes by email or is held.
     */
    SMS_CAP_PER_NUMBER_PER_DAY("timebok.messaging.sms-cap-per-number-per-day", "3", POSITIVE_INT),
    /** Most SMS queued for one clinic per calendar day (in {@link #ZONE}): a ceiling on the bill. */
    SMS_CAP_PER_CLINIC_PER_DAY("timebok.messaging.sms-cap-per-clinic-per-day", "500", POSITIVE_INT),
    /** Which SMS gateway's API the adapter speaks; {@code sveve} is the one implemented. */
    SMS_PROVIDER("timebok.messaging.sms.provider", "sveve", oneOf("sveve")),
    /** Base URL of the SMS gateway ({@code /SMS/SendMessage} is appended for Sveve). */
    SMS_URL("timebok.messaging.sms.url", "https://sveve.no", URL),
    /** Gateway account name. Empty: SMS sending fails, and each message says so. */
    SMS_USER("timebok.messaging.sms.user", "", TEXT),
    /** Gateway API password. A secret: never logged. */
    SMS_PASSWORD("timebok.messaging.sms.password", "", SECRET),
    /** Sender shown on the patient's phone: 3 to 11 letters or digits. */
    SMS_SENDER("timebok.messaging.sms.sender", "Timebok", matching("[A-Za-z0-9]{3,11}", "3 to 11 letters or digits such as Timebok")),
    /**
     * Longest wait for the gateway to answer one send. Past it the outcome is unknown (the gateway
     * may have taken the SMS), so the send waits for {@link #SMS_AMBIGUITY_WINDOW}.
     */
    SMS_TIMEOUT("timebok.messaging.sms.timeout", "PT10S", DURATION),
    /**
     * How long an SMS whose send has an unknown outcome (no answer after the request was written,
     * or its server died mid-send) waits for the gateway's delivery report before it is sent
     * again. The gateway does not deduplicate, so a resend may be a second SMS; long enough for
     * the gateway's first delivery reports.
     */
    SMS_AMBIGUITY_WINDOW("timebok.messaging.sms.ambiguity-window", "PT10M", DURATION),
    /**
     * Shared secret the gateway presents (HTTP Basic password) on delivery reports and inbound
     * SMS. A secret: never logged. Empty: every callback is refused.
     */
    SMS_WEBHOOK_SECRET("timebok.messaging.sms.webhook-secret", "", SECRET),
    /** SMTP server that relays patient email. */
    SMTP_HOST("timebok.messaging.smtp.host", "localhost", TEXT),

    SMTP_PORT("timebok.messaging.smtp.port", "587", PORT),
    /** {@code true}: refuse to send unless the server upgrades the connection with STARTTLS. */
    SMTP_STARTTLS("timebok.messaging.smtp.starttls", "true", BOOLEAN),
    /** SMTP user; empty means no authentication. */
    SMTP_USER("timebok.messaging.smtp.user", "", TEXT),
    /** SMTP password. A secret: never logged. */
    SMTP_PASSWORD("timebok.messaging.smtp.password", "", SECRET),
    /** Longest wait for the SMTP server on connect and on each command. */
    SMTP_TIMEOUT("timebok.messaging.smtp.timeout", "PT10S", DURATION),
    /** From address of patient email, also the domain of every Message-ID. */
    MAIL_FROM("timebok.messaging.mail.from", "no-reply@timebok.no", MAIL_ADDRESS),
    /** How long before an appointment its reminder goes out (ISO-8601 duration). */
    REMINDER_LEAD("timebok.messaging.reminder-lead", "PT24H", DURATION),
    /** Sends tried per message before it is FAILED and shown to staff. */
    RETRY_LIMIT("timebok.messaging.retry-limit", "8", POSITIVE_INT),
    /** Wait after the first failed send; doubled after each further failure. */
    RETRY_BACKOFF("timebok.messaging.retry-backoff", "PT30S", DURATION),
    /** Longest wait between two sends of one message. */
    RETRY_BACKOFF_MAX("timebok.messaging.retry-backoff-max", "PT1H", DURATION),
    /** How often the relay looks for due messages. */
    RELAY_INTERVAL("timebok.messaging.relay-interval", "PT5S", DURATION),
    /** Messages the relay claims at once. */
    RELAY_BATCH("timebok.messaging.relay-batch", "50", POSITIVE_INT),
    /** Messages of one batch sent at the same time. */
    RELAY_PARALLELISM("timebok.messaging.relay-parallelism", "4", POSITIVE_INT),
    /**
     * How long a claimed message stays with the relay run that claimed it. A message still SENDING
     * after this (its server died mid-send) is claimed again; an SMS's lease is at least
     * {@link #SMS_AMBIGUITY_WINDOW}, because the dead server may have sent it.
     */
    RELAY_LEASE("timebok.messaging.relay-lease", "PT2M", DURATION);

    private final String key;
    private final String defaultValue;
    private final ConfigType<?> type;

    ConfigKey(String key, String defaultValue, ConfigType<?> type) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.type = type;
    }

    public String key() {
        return key;
    }

    public Optional<String> defaultValue() {
        return Optional.ofNullable(defaultValue);
    }

    public boolean required() {
        return defaultValue == null;
    }

    /** The form of the key's value; every read and the start-up check parse it with this. */
    public ConfigType<?> type() {
        return type;
    }

    /** Whether the value must never be logged or shown, even in an error message. */
    public boolean secret() {
        return type.secret();
    }
}
