package no.timebok.common.config;

import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The form a configuration value takes, declared by every {@link ConfigKey}: what the text becomes,
 * and how the operator is told the expected form when it does not fit. Start-up validation and every
 * read go through {@link #parse}, so a value that passed at start-up reads the same way later.
 *
 * @param <T> what a value of this type becomes
 */
public final class ConfigType<T> {

    public static final ConfigType<Duration> DURATION = new ConfigType<>(Duration.class,
            "an ISO-8601 duration such as PT30S (longer than zero)", ConfigParsers::positiveDuration);
    /** For a cache's lifetime, where zero is a real setting: not kept at all. */
    public static final ConfigType<Duration> DURATION_OR_ZERO = new ConfigType<>(Duration.class,
            "an ISO-8601 duration of zero or more such as PT5S", ConfigParsers::durationOrZero);
    public static final ConfigType<Period> PERIOD = new ConfigType<>(Period.class,
            "an ISO-8601 period of zero or more such as P21D", ConfigParsers::period);
    public static final ConfigType<LocalDate> DATE = new ConfigType<>(LocalDate.class,
            "an ISO-8601 date such as 2026-12-06", LocalDate::parse);
    public static final ConfigType<RateLimit> RATE_LIMIT = new ConfigType<>(RateLimit.class,
            "count/ISO-8601 duration such as 20/PT10M", ConfigParsers::rateLimit);
    public static final ConfigType<Integer> POSITIVE_INT = new ConfigType<>(Integer.class,
            "a whole number of 1 or more such as 3", ConfigParsers::positiveInt);
    public static final ConfigType<Integer> PORT = new ConfigType<>(Integer.class,
            "a port number from 1 to 65535 such as 587", ConfigParsers::port);
    public static final ConfigType<Boolean> BOOLEAN = new ConfigType<>(Boolean.class,
            "true or false", ConfigParsers::bool);
    public static final ConfigType<TimerSchedule> SCHEDULE = new ConfigType<>(TimerSchedule.class,
            "HH:mm (daily) or d HH:mm (monthly, day 1 to 28), optionally with :ss, such as 04:10", TimerSchedule::parse);
    public static final ConfigType<URI> URL = new ConfigType<>(URI.class,
            "an absolute http or https URL such as https://sveve.no", ConfigParsers::httpUrl);
    public static final ConfigType<URI> LINK = new ConfigType<>(URI.class,
            "a path such as /privacy or an absolute http or https URL", ConfigParsers::link);
    public static final ConfigType<Path> PATH = new ConfigType<>(Path.class,
            "a file system path such as /etc/timebok/keyset.json", ConfigParsers::path);
    public static final ConfigType<ZoneId> ZONE = new ConfigType<>(ZoneId.class,
            "a time zone id such as Europe/Oslo", ZoneId::of);
    public static final ConfigType<Set<String>> IP_ADDRESSES = new ConfigType<>(setOfStrings(),
            "comma-separated IP addresses such as 127.0.0.1,::1", ConfigParsers::ipAddresses);
    public static final ConfigType<InternetAddress> MAIL_ADDRESS = new ConfigType<>(InternetAddress.class,
            "an email address such as no-reply@timebok.no", ConfigParsers::mailAddress);
    /** Taken as given, surrounding spaces included: user names, host names. */
    public static final ConfigType<String> TEXT = new ConfigType<>(String.class, "text", text -> text, false, false);
    /** Text that is never logged or shown; taken as given, since a space may be part of a password. */
    public static final ConfigType<String> SECRET = new ConfigType<>(String.class, "text", text -> text, false, true);

    private final Class<T> valueClass;
    private final String expected;
    private final Function<String, T> parser;
    private final boolean strip;
    private final boolean secret;

    private ConfigType(Class<T> valueClass, String expected, Function<String, T> parser) {
        this(valueClass, expected, parser, true, false);
    }

    private ConfigType(Class<T> valueClass, String expected, Function<String, T> parser, boolean strip, boolean secret) {
        this.valueClass = valueClass;
        this.expected = expected;
        this.parser = parser;
        this.strip = strip;
        this.secret = secret;
    }

    /** Exactly one of the given words, as an adapter or a provider is chosen. */
    public static ConfigType<String> oneOf(String... choices) {
        List<String> allowed = List.of(choices);
        return new ConfigType<>(String.class, "one of " + String.join(", ", allowed), text -> {
            if (!allowed.contains(text)) {
                throw new IllegalArgumentException("not a choice");
            }
            return text;
        });
    }

    /** Text that matches the pattern in full; {@code expected} describes the pattern to an operator. */
    public static ConfigType<String> matching(String regex, String expected) {
        Pattern pattern = Pattern.compile(regex);
        return new ConfigType<>(String.class, expected, text -> {
            if (!pattern.matcher(text).matches()) {
                throw new IllegalArgumentException("no match");
            }
            return text;
        });
    }

    /** A duration no shorter than {@code minimum}. */
    public static ConfigType<Duration> durationOfAtLeast(Duration minimum) {
        return new ConfigType<>(Duration.class, "an ISO-8601 duration of at least " + minimum,
                text -> ConfigParsers.durationOfAtLeast(text, minimum));
    }

    /**
     * The value of {@code key} in this type.
     *
     * @throws MissingConfigurationException naming the key and the expected form, never the value:
     *         the value may be a secret, or hold one by mistake
     */
    public T parse(ConfigKey key, String text) {
        try {
            return parser.apply(strip ? text.strip() : text);
        } catch (IllegalArgumentException | DateTimeException e) {
            // The cause is left out on purpose: its message may quote the value.
            throw new MissingConfigurationException(key, "expected " + expected);
        }
    }

    /** The Java type a value becomes. */
    public Class<T> valueClass() {
        return valueClass;
    }

    /** The expected form, in the words an operator reads in an error message. */
    public String expected() {
        return expected;
    }

    /** Whether a value of this type must never appear in a log or a message. */
    public boolean secret() {
        return secret;
    }

    @Override
    public String toString() {
        return expected;
    }

    @SuppressWarnings("unchecked")
    private static Class<Set<String>> setOfStrings() {
        return (Class<Set<String>>) (Class<?>) Set.class;
    }
}
