package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each type's parser, through the key that declares it: good forms read, bad ones name the key. */
class ConfigTypeTest {

    @Test
    void durationsAreIsoAndLongerThanZero() {
        assertEquals(Duration.ofSeconds(30), parse(ConfigKey.SMS_TIMEOUT, "PT30S"));
        assertEquals(Duration.ofMinutes(10), parse(ConfigKey.SMS_TIMEOUT, " PT10M "));
        assertEquals(Duration.ofMillis(200), parse(ConfigKey.RELAY_INTERVAL, "PT0.2S"));
        assertEquals(Duration.ofDays(1), parse(ConfigKey.REMINDER_LEAD, "P1D"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30s", "PT0S", "-PT1S", "P1M", "10", ""})
    void aBadDurationIsRefused(String text) {
        assertRefused(ConfigKey.SMS_TIMEOUT, text, "an ISO-8601 duration such as PT30S (longer than zero)");
    }

    @Test
    void theLockLeaseIsAtLeastAMinute() {
        assertEquals(Duration.ofMinutes(1), parse(ConfigKey.RETENTION_LOCK_LEASE, "PT1M"));
        assertEquals(Duration.ofSeconds(10), parse(ConfigKey.RETENTION_LOCK_LEASE, "PT10S"));
        assertRefused(ConfigKey.RETENTION_LOCK_LEASE, "PT9S", "an ISO-8601 duration of at least PT10S");
        assertRefused(ConfigKey.RETENTION_LOCK_LEASE, "ten minutes", "an ISO-8601 duration of at least PT10S");
    }

    @Test
    void periodsAreIsoAndZeroOrMore() {
        assertEquals(Period.ofDays(21), parse(ConfigKey.RETENTION_FREE_TEXT, "P21D"));
        assertEquals(Period.ofMonths(5), parse(ConfigKey.RETENTION_CONTACT_DATA, "P5M"));
        assertEquals(Period.ZERO, parse(ConfigKey.RETENTION_CORRESPONDENCE, "P0M"));
        assertEquals(Period.ofWeeks(3), parse(ConfigKey.RETENTION_FREE_TEXT, "P3W"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21 days", "-P1D", "P1M-1D", "PT1H", "P"})
    void aBadPeriodIsRefused(String text) {
        assertRefused(ConfigKey.RETENTION_FREE_TEXT, text, "an ISO-8601 period of zero or more such as P21D");
    }

    @Test
    void rateLimitsAreCountPerDuration() {
        assertEquals(new RateLimit(20, Duration.ofMinutes(10)), parse(ConfigKey.INTAKE_LIMIT_PER_IP, "20/PT10M"));
        assertEquals(new RateLimit(3, Duration.ofHours(24)), parse(ConfigKey.INTAKE_LIMIT_PER_PHONE, " 3 / PT24H "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lots", "20", "/PT1M", "20/", "0/PT1M", "20/PT0S", "20/10m", "x/PT1M", "20/PT1M/PT1M"})
    void aBadRateLimitIsRefused(String text) {
        assertRefused(ConfigKey.INTAKE_LIMIT_GLOBAL, text, "count/ISO-8601 duration such as 20/PT10M");
    }

    @Test
    void wholeNumbersAreOneOrMore() {
        assertEquals(1, parse(ConfigKey.RETRY_LIMIT, "1"));
        assertEquals(5000, parse(ConfigKey.RETENTION_CHUNK_SIZE, " 5000 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "three", "2.5", "99999999999", "1e3"})
    void aBadWholeNumberIsRefused(String text) {
        assertRefused(ConfigKey.RELAY_BATCH, text, "a whole number of 1 or more such as 3");
    }

    @Test
    void portsRunFromOneTo65535() {
        assertEquals(587, parse(ConfigKey.SMTP_PORT, "587"));
        assertEquals(65_535, parse(ConfigKey.SMTP_PORT, "65535"));
        for (String text : new String[] {"0", "65536", "smtp"}) {
            assertRefused(ConfigKey.SMTP_PORT, text, "a port number from 1 to 65535 such as 587");
        }
    }

    @Test
    void flagsAreTrueOrFalseAndNothingElse() {
        assertEquals(true, parse(ConfigKey.SMTP_STARTTLS, "true"));
        assertEquals(false, parse(ConfigKey.SMTP_STARTTLS, " FALSE "));
        for (String text : new String[] {"yes", "1", "ture", "off"}) {
            assertRefused(ConfigKey.SMTP_STARTTLS, text, "true or false");
        }
    }

    @Test
    void urlsAreAbsoluteHttpOrHttps() {
        assertEquals(URI.create("https://sveve.no"), parse(ConfigKey.SMS_URL, "https://sveve.no"));
        assertEquals(URI.create("http://127.0.0.1:8080"), parse(ConfigKey.SMS_URL, "http://127.0.0.1:8080"));
        assertEquals(URI.create("https://journal.example/fhir"), parse(ConfigKey.JOURNAL_URL, "https://journal.example/fhir"));
        for (String text : new String[] {"sveve.no", "/SMS", "ftp://sveve.no", "http:sveve.no", "https://", "javascript:alert(1)",
                "http://exa mple.no"}) {
            assertRefused(ConfigKey.SMS_URL, text, "an absolute http or https URL such as https://sveve.no");
        }
    }

    @Test
    void linksArePathsOrHttpAddressesButNoScripts() {
        assertEquals(URI.create("/privacy"), parse(ConfigKey.PRIVACY_NOTICE_URL, "/privacy"));
        assertEquals(URI.create("https://klinikk.example/personvern"),
                parse(ConfigKey.PRIVACY_NOTICE_URL, "https://klinikk.example/personvern"));
        for (String text : new String[] {"javascript:alert(1)", "data:text/html,x", "mailto:x@klinikk.example", "/a b"}) {
            assertRefused(ConfigKey.PRIVACY_NOTICE_URL, text, "a path such as /privacy or an absolute http or https URL");
        }
    }

    @Test
    void theNoticesVersionIsAnIsoDate() {
        assertEquals(LocalDate.of(2027, 1, 15), parse(ConfigKey.PRIVACY_VERSION_DATE, " 2027-01-15 "));
        for (String text : new String[] {"15.01.2027", "2027-02-30", "januar 2027", "2027-1-5"}) {
            assertRefused(ConfigKey.PRIVACY_VERSION_DATE, text, "an ISO-8601 date such as 2026-12-06");
        }
    }

    @Test
    void pathsAreFileSystemPaths() {
        assertEquals(Path.of("/etc/timebok/keyset.json"), parse(ConfigKey.CRYPTO_KEYSET_PATH, " /etc/timebok/keyset.json"));
        assertRefused(ConfigKey.JOURNAL_DIRECTORY, "/var/\u0000journal", "a file system path such as /etc/timebok/keyset.json");
    }

    @Test
    void zonesAreZoneIds() {
        assertEquals(ZoneId.of("Europe/Oslo"), parse(ConfigKey.ZONE, "Europe/Oslo"));
        assertEquals(ZoneId.of("UTC"), parse(ConfigKey.ZONE, "UTC"));
        assertRefused(ConfigKey.ZONE, "Europe/Atlantis", "a time zone id such as Europe/Oslo");
        assertRefused(ConfigKey.ZONE, "Oslo time", "a time zone id such as Europe/Oslo");
    }

    @Test
    void trustedProxiesAreIpAddressLiterals() {
        assertEquals(Set.of("127.0.0.1", "::1"), parse(ConfigKey.TRUSTED_PROXIES, "127.0.0.1, ::1"));
        assertEquals(Set.of("10.0.0.1", "0:0:0:0:0:0:0:1"), parse(ConfigKey.TRUSTED_PROXIES, "10.0.0.1,,0:0:0:0:0:0:0:1,"));
        for (String text : new String[] {"proxy.example", "256.1.1.1", "1.2.3", "::g", "cafe", "1:2", "127.0.0.1;10.0.0.1"}) {
            assertRefused(ConfigKey.TRUSTED_PROXIES, text, "comma-separated IP addresses such as 127.0.0.1,::1");
        }
    }

    @Test
    void mailAddressesMayCarryADisplayName() {
        assertEquals("no-reply@timebok.no", ((jakarta.mail.internet.InternetAddress) parse(ConfigKey.MAIL_FROM,
                "Timebok <no-reply@timebok.no>")).getAddress());
        for (String text : new String[] {"no-reply", "@timebok.no", "no reply@timebok.no", "a@timebok.no, b@timebok.no"}) {
            assertRefused(ConfigKey.MAIL_FROM, text, "an email address such as no-reply@timebok.no");
        }
    }

    @Test
    void choicesAreExactWords() {
        assertEquals("directory", parse(ConfigKey.JOURNAL_ADAPTER, " directory "));
        assertRefused(ConfigKey.JOURNAL_ADAPTER, "ftp", "one of none, http, directory");
        assertRefused(ConfigKey.JOURNAL_ADAPTER, "HTTP", "one of none, http, directory");
        assertEquals("sveve", parse(ConfigKey.SMS_PROVIDER, "sveve"));
        assertRefused(ConfigKey.SMS_PROVIDER, "twilio", "one of sveve");
    }

    @Test
    void theSmsSenderIsThreeToElevenLettersOrDigits() {
        assertEquals("Timebok", parse(ConfigKey.SMS_SENDER, "Timebok"));
        assertEquals("Klinikk2025", parse(ConfigKey.SMS_SENDER, "Klinikk2025"));
        for (String text : new String[] {"AB", "Klinikk20251", "Tid bok", "Tannlege-1", "Bl\u00e5b\u00e6r"}) {
            assertRefused(ConfigKey.SMS_SENDER, text, "3 to 11 letters or digits such as Timebok");
        }
    }

    @Test
    void textAndSecretsAreTakenAsGiven() {
        assertEquals(" smtp.example ", parse(ConfigKey.SMTP_HOST, " smtp.example "));
        assertEquals(" pass word ", parse(ConfigKey.SMTP_PASSWORD, " pass word "));
    }

    private static Object parse(ConfigKey key, String text) {
        return key.type().parse(key, text);
    }

    /** The whole message, so that it is known to hold nothing else, the value least of all. */
    private static void assertRefused(ConfigKey key, String text, String expected) {
        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, () -> parse(key, text));
        assertEquals("Configuration key '" + key.key() + "' is invalid: expected " + expected, refused.getMessage());
        assertNull(refused.getCause(), "a cause could quote the value");
    }
}
