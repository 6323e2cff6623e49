package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagingCapsConfigTest {

    private static final String PER_NUMBER = "timebok.messaging.sms-cap-per-number-per-day";
    private static final String PER_CLINIC = "timebok.messaging.sms-cap-per-clinic-per-day";

    private final Map<String, String> values = new HashMap<>();
    private final TimebokConfig config = new TimebokConfig(key -> Optional.ofNullable(values.get(key)));

    @Test
    void defaultsAreThreePerNumberAndFiveHundredPerClinic() {
        assertEquals(3, config.smsCapPerNumberPerDay());
        assertEquals(500, config.smsCapPerClinicPerDay());
    }

    @Test
    void configuredValuesWinOverDefaults() {
        values.put(PER_NUMBER, "5");
        values.put(PER_CLINIC, " 2000 ");

        assertEquals(5, config.smsCapPerNumberPerDay());
        assertEquals(2000, config.smsCapPerClinicPerDay());
    }

    @Test
    void aBlankValueFallsBackToTheDefault() {
        values.put(PER_NUMBER, " ");

        assertEquals(3, config.smsCapPerNumberPerDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "three", "2.5", "99999999999"})
    void aNonPositiveOrNonNumericPerNumberCapIsRejectedNamingTheKey(String value) {
        values.put(PER_NUMBER, value);

        MissingConfigurationException invalid = assertThrows(MissingConfigurationException.class,
                config::smsCapPerNumberPerDay);

        assertTrue(invalid.getMessage().contains(PER_NUMBER), invalid.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-500", "many"})
    void aNonPositiveOrNonNumericPerClinicCapIsRejectedNamingTheKey(String value) {
        values.put(PER_CLINIC, value);

        MissingConfigurationException invalid = assertThrows(MissingConfigurationException.class,
                config::smsCapPerClinicPerDay);

        assertTrue(invalid.getMessage().contains(PER_CLINIC), invalid.getMessage());
    }

    @Test
    void anInvalidCapStopsStartUp() {
        values.put("timebok.crypto.keyset-path", "/etc/timebok/keyset.json");
        values.put(PER_CLINIC, "0");

        MissingConfigurationException invalid = assertThrows(MissingConfigurationException.class,
                config::verifyEveryKey);

        assertTrue(invalid.getMessage().contains(PER_CLINIC), invalid.getMessage());
    }
}
