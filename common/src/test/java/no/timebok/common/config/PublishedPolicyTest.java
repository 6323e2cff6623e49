package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedPolicyTest {

    private final Map<String, String> values = new HashMap<>(Map.of("timebok.crypto.keyset-path", "/k.json"));
    private final TimebokConfig config = new TimebokConfig(key -> Optional.ofNullable(values.get(key)));

    @Test
    void shorterOrEqualPeriodsKeepThePromise() {
        assertFalse(PublishedPolicy.FREE_TEXT.exceededBy(Period.ofDays(21)));
        assertFalse(PublishedPolicy.FREE_TEXT.exceededBy(Period.ofDays(7)));
        assertFalse(PublishedPolicy.CONTACT_DATA.exceededBy(Period.ofMonths(5)));
        assertFalse(PublishedPolicy.CONTACT_DATA.exceededBy(Period.ofDays(120)), "120 days is under five months on every start day");
    }

    @Test
    void longerPeriodsBreakItEvenWhenOnlySomeStartDaysDo() {
        assertTrue(PublishedPolicy.FREE_TEXT.exceededBy(Period.ofDays(22)));
        assertTrue(PublishedPolicy.FREE_TEXT.exceededBy(Period.ofWeeks(3).plusDays(1)));
        assertTrue(PublishedPolicy.CONTACT_DATA.exceededBy(Period.ofDays(151)), "from 31 January 2025, five months end on 30 June but 151 days on 1 July");
        assertTrue(PublishedPolicy.CONTACT_DATA.exceededBy(Period.ofMonths(6)));
    }

    @Test
    void startUpRefusesALongerPeriodAndNamesTheOverride() {
        values.put("timebok.retention.free-text", "P30D");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);

        assertTrue(refused.getMessage().contains("timebok.retention.free-text"), refused.getMessage());
        assertTrue(refused.getMessage().contains("timebok.retention.allow-longer-than-policy"), refused.getMessage());
    }

    @Test
    void theExplicitOverrideAllowsIt() {
        values.put("timebok.retention.contact-data", "P6M");
        values.put("timebok.retention.allow-longer-than-policy", "true");

        config.verifyEveryKey();

        assertEquals(Period.ofMonths(6), config.contactDataRetention());
    }
}
