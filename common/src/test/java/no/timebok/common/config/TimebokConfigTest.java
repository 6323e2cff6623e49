package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimebokConfigTest {

    private final Map<String, String> values = new HashMap<>();
    private final TimebokConfig config = new TimebokConfig(key -> Optional.ofNullable(values.get(key)));

    @Test
    void aMissingRequiredKeyIsNamedWithItsEnvironmentVariable() {
        MissingConfigurationException missing = assertThrows(MissingConfigurationException.class,
                config::verifyEveryKey);

        assertTrue(missing.getMessage().contains("'timebok.crypto.keyset-path'"), missing.getMessage());
        assertTrue(missing.getMessage().contains("TIMEBOK_CRYPTO_KEYSET_PATH"), missing.getMessage());
    }

    @Test
    void aBlankRequiredKeyCountsAsMissing() {
        values.put("timebok.crypto.keyset-path", "  ");

        assertThrows(MissingConfigurationException.class, config::verifyEveryKey);
    }

    @Test
    void defaultsFollowThePublishedPolicy() {
        values.put("timebok.crypto.keyset-path", "/etc/timebok/keyset.json");

        config.verifyEveryKey();

        assertEquals(Period.ofDays(21), config.freeTextRetention());
        assertEquals(Period.ofMonths(5), config.contactDataRetention());
        assertEquals(ZoneId.of("Europe/Oslo"), config.zone());
    }

    @Test
    void configuredValuesWinOverDefaults() {
        values.put("timebok.retention.free-text", "P14D");

        assertEquals(Period.ofDays(14), config.freeTextRetention());
    }

    @Test
    void aMalformedPeriodIsRejectedNamingTheKey() {
        values.put("timebok.crypto.keyset-path", "/k.json");
        values.put("timebok.retention.contact-data", "five months");

        MissingConfigurationException invalid = assertThrows(MissingConfigurationException.class,
                config::verifyEveryKey);

        assertTrue(invalid.getMessage().contains("timebok.retention.contact-data"), invalid.getMessage());
    }

    @Test
    void aMalformedZoneIsRejected() {
        values.put("timebok.zone", "Europe/Atlantis");

        assertThrows(MissingConfigurationException.class, config::zone);
    }

    @Test
    void rateLimitsReadAsCountPerDuration() {
        values.put("timebok.intake.limit-per-ip", "5/PT30S");

        assertEquals(new RateLimit(5, java.time.Duration.ofSeconds(30)), config.rateLimit(ConfigKey.INTAKE_LIMIT_PER_IP));
        assertEquals(new RateLimit(3, java.time.Duration.ofHours(24)), config.rateLimit(ConfigKey.INTAKE_LIMIT_PER_PHONE));
    }

    @Test
    void aMalformedRateLimitIsRejectedNamingTheKey() {
        values.put("timebok.intake.limit-global", "lots");

        MissingConfigurationException invalid = assertThrows(MissingConfigurationException.class,
                () -> config.rateLimit(ConfigKey.INTAKE_LIMIT_GLOBAL));

        assertTrue(invalid.getMessage().contains("timebok.intake.limit-global"), invalid.getMessage());
    }

    @Test
    void trustedProxiesAreAnOptionalList() {
        assertTrue(config.trustedProxies().isEmpty());

        values.put("timebok.http.trusted-proxies", "127.0.0.1, ::1");

        assertEquals(java.util.Set.of("127.0.0.1", "::1"), config.trustedProxies());
    }
}
