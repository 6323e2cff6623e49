package no.timebok.common.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parsers behind {@link ConfigType}: each turns stripped, non-blank text into a value, or throws
 * {@link IllegalArgumentException} or {@link java.time.DateTimeException}. Their exceptions never
 * reach an operator: {@link ConfigType} replaces them with the expected form, so no parser has to
 * take care to keep the value out of its message.
 */
final class ConfigParsers {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Only hex digits, colons and dots, starting with one of the first two, so nothing reaches DNS. */
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private ConfigParsers() {
    }

    static Duration positiveDuration(String text) {
        Duration parsed = Duration.parse(text);
        // A zero or negative wait, lease or timeout would turn a safeguard off without saying so.
        if (parsed.isNegative() || parsed.isZero()) {
            throw new IllegalArgumentException("not longer than zero");
        }
        return parsed;
    }

    static Duration durationOrZero(String text) {
        Duration parsed = Duration.parse(text);
        if (parsed.isNegative()) {
            throw new IllegalArgumentException("negative");
        }
        return parsed;
    }

    static Duration durationOfAtLeast(String text, Duration minimum) {
        Duration parsed = positiveDuration(text);
        if (parsed.compareTo(minimum) < 0) {
            throw new IllegalArgumentException("shorter than the minimum");
        }
        return parsed;
    }

    /** Zero is a real retention ("at once"); a negative one would put the cutoff in the future. */
    static Period period(String text) {
        Period parsed = Period.parse(text);
        if (parsed.getYears() < 0 || parsed.getMonths() < 0 || parsed.getDays() < 0) {
            throw new IllegalArgumentException("negative");
        }
        return parsed;
    }

    static RateLimit rateLimit(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("no slash");
        }
        return new RateLimit(positiveInt(text.substring(0, slash).strip()),
                positiveDuration(text.substring(slash + 1).strip()));
    }

    static int positiveInt(String text) {
        int parsed = Integer.parseInt(text);
        // Zero would silently turn a channel or a cap off; whoever wants that should say so another way.
        if (parsed < 1) {
            throw new IllegalArgumentException("less than 1");
        }
        return parsed;
    }

    static int port(String text) {
        int parsed = positiveInt(text);
        if (parsed > 65_535) {
            throw new IllegalArgumentException("above the highest port");
        }
        return parsed;
    }

    /** Only the two words: {@link Boolean#parseBoolean} would read a typo such as "ture" as false. */
    static boolean bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("neither true nor false");
    }

    static URI httpUrl(String text) {
        URI uri = uri(text);
        String scheme = uri.getScheme();
        boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
        if (!http || uri.getRawAuthority() == null) {
            throw new IllegalArgumentException("not an absolute http or https URL");
        }
        return uri;
    }

    /** A link shown to patients: a path on our own site, or an http(s) address; never javascript: and the like. */
    static URI link(String text) {
        URI uri = uri(text);
        return uri.getScheme() == null ? uri : httpUrl(text);
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI");
        }
    }

    static Path path(String text) {
        return Path.of(text);
    }

    /**
     * IP address literals, kept as typed, since they are compared with the connecting address as
     * text. A host name could never match that address, so it is refused rather than ignored.
     */
    static Set<String> ipAddresses(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(ConfigParsers::ipAddress)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String ipAddress(String text) {
        var ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            for (int octet = 1; octet <= 4; octet++) {
                if (Integer.parseInt(ipv4.group(octet)) > 255) {
                    throw new IllegalArgumentException("not an IPv4 address");
                }
            }
            return text;
        }
        if (!IPV6_CHARACTERS.matcher(text).matches()) {
            throw new IllegalArgumentException("not an IP address");
        }
        try {
            // Such text is parsed as an IPv6 literal and refused if it is not one; no name is looked up.
            InetAddress.getByName(text);
            return text;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IPv6 address");
        }
    }

    /** Strict RFC 822 syntax, as the mail gateway builds its From header with; a display name is allowed. */
    static InternetAddress mailAddress(String text) {
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address");
        }
    }
}
