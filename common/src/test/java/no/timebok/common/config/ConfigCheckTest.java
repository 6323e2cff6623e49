package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The start-up check covers every key by its declared type, and never shows a secret. */
class ConfigCheckTest {

    private static final String SECRET_VALUE = "Sentinel-s3cr3t-9f2c";
    /** Fits no type that can refuse anything: a NUL is not allowed in a path, a URL, a number or a word. */
    private static final String INVALID = "not\u0000valid " + SECRET_VALUE;

    private final Map<String, String> values = new HashMap<>(Map.of("timebok.crypto.keyset-path", "/k.json"));
    private final TimebokConfig config = new TimebokConfig(key -> Optional.ofNullable(values.get(key)));

    @ParameterizedTest
    @EnumSource(ConfigKey.class)
    void everyKeyDeclaresATypeAndItsDefaultReadsInIt(ConfigKey key) {
        assertNotNull(key.type(), key.key());
        assertTrue(key.key().startsWith("timebok."), key.key());
        key.defaultValue().filter(d -> !d.isBlank())
                .ifPresent(d -> assertInstanceOf(key.type().valueClass(), key.type().parse(key, d), key.key()));
    }

    @Test
    void theDefaultsPassAndOptionalKeysMayStayUnset() {
        config.verifyEveryKey();

        assertEquals(Set.of(), config.trustedProxies());
        assertEquals(Optional.empty(), config.find(ConfigKey.JOURNAL_URL, java.net.URI.class));
        assertEquals("no-reply@timebok.no", config.mailFrom().getAddress());
        assertEquals("http://localhost:8080", config.publicBaseUrl());
    }

    @ParameterizedTest
    @MethodSource("keysThatRefuseSomething")
    void theStartUpCheckReadsEveryKeyByItsType(ConfigKey key) {
        values.put(key.key(), INVALID);

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);

        assertEquals("Configuration key '" + key.key() + "' is invalid: expected " + key.type().expected(), refused.getMessage());
    }

    @Test
    void onlyNamesAndSecretsTakeAnyText() {
        Set<ConfigKey> anyText = Arrays.stream(ConfigKey.values())
                .filter(key -> key.type() == ConfigType.TEXT || key.type() == ConfigType.SECRET)
                .collect(Collectors.toSet());

        assertEquals(EnumSet.of(ConfigKey.STAFF_BOOTSTRAP_ADMIN_USERNAME, ConfigKey.STAFF_BOOTSTRAP_ADMIN_PASSWORD,
                ConfigKey.SMS_USER, ConfigKey.SMS_PASSWORD, ConfigKey.SMS_WEBHOOK_SECRET, ConfigKey.SMTP_HOST,
                ConfigKey.SMTP_USER, ConfigKey.SMTP_PASSWORD), anyText);
    }

    @Test
    void thePasswordsAreSecrets() {
        Set<ConfigKey> secrets = Arrays.stream(ConfigKey.values()).filter(ConfigKey::secret).collect(Collectors.toSet());

        assertEquals(EnumSet.of(ConfigKey.STAFF_BOOTSTRAP_ADMIN_PASSWORD, ConfigKey.SMS_PASSWORD,
                ConfigKey.SMS_WEBHOOK_SECRET, ConfigKey.SMTP_PASSWORD), secrets);
    }

    @Test
    void aSecretNeverAppearsInAnErrorMessageOrALog() {
        Arrays.stream(ConfigKey.values()).filter(ConfigKey::secret).forEach(key -> values.put(key.key(), SECRET_VALUE));
        values.put("timebok.retention.contact-data", "P6M");
        values.put("timebok.retention.allow-longer-than-policy", "true");
        List<String> logged = new ArrayList<>();
        Logger log = Logger.getLogger(ConfigCheck.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        try {
            config.verifyEveryKey();
            keysThatRefuseSomething().forEach(key -> {
                String before = values.put(key.key(), INVALID);
                MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);
                assertFalse(refused.getMessage().contains(SECRET_VALUE), refused.getMessage());
                restore(key, before);
            });
        } finally {
            log.removeHandler(capture);
        }

        assertFalse(logged.isEmpty(), "the longer retention is logged");
        logged.forEach(line -> assertFalse(line.contains(SECRET_VALUE), line));
    }

    @Test
    void aDirectoryJournalNeedsItsDirectory() {
        values.put("timebok.journal.adapter", "directory");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);

        assertTrue(refused.getMessage().contains("timebok.journal.directory"), refused.getMessage());
        values.put("timebok.journal.directory", "/var/timebok/journal");
        config.verifyEveryKey();
        assertEquals(Path.of("/var/timebok/journal"), config.journalDirectory());
    }

    @Test
    void aChangedValueIsReadOnTheNextCall() {
        assertEquals(Duration.ofSeconds(10), config.positiveDuration(ConfigKey.SMS_TIMEOUT));

        values.put("timebok.messaging.sms.timeout", "PT3S");

        assertEquals(Duration.ofSeconds(3), config.positiveDuration(ConfigKey.SMS_TIMEOUT));
    }

    @Test
    void aChangedValueIsCheckedOnTheNextCallToo() {
        values.put("timebok.messaging.relay-batch", "none");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class,
                () -> config.positiveInt(ConfigKey.RELAY_BATCH));

        assertTrue(refused.getMessage().contains("timebok.messaging.relay-batch"), refused.getMessage());
    }

    @Test
    void readingAKeyAsAnotherTypeIsAProgrammingError() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> config.positiveDuration(ConfigKey.RETENTION_FREE_TEXT));

        assertTrue(wrong.getMessage().contains("timebok.retention.free-text"), wrong.getMessage());
    }

    static Stream<ConfigKey> keysThatRefuseSomething() {
        return Arrays.stream(ConfigKey.values())
                .filter(key -> key.type() != ConfigType.TEXT && key.type() != ConfigType.SECRET);
    }

    private void restore(ConfigKey key, String before) {
        if (before == null) {
            values.remove(key.key());
        } else {
            values.put(key.key(), before);
        }
    }
}
