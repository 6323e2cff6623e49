package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionConfigTest {

    private final Map<String, String> values = new HashMap<>(Map.of("timebok.crypto.keyset-path", "/k.json"));
    private final TimebokConfig config = new TimebokConfig(key -> Optional.ofNullable(values.get(key)));

    @Test
    void defaultsDeleteCorrespondenceAtMonthEndInChunksOfFiveThousandWithNoJournal() {
        config.verifyEveryKey();

        assertEquals(Period.ZERO, config.correspondenceRetention());
        assertEquals(5000, config.retentionChunkSize());
        assertEquals(5, config.worklistLeadDays());
        assertEquals(Duration.ofMinutes(10), config.retentionLockLease());
        assertEquals("none", config.journalAdapter());
    }

    @Test
    void keepingCorrespondenceAfterItsMonthBreaksThePublishedPolicy() {
        values.put("timebok.retention.correspondence", "P1M");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);

        assertTrue(refused.getMessage().contains("timebok.retention.correspondence"), refused.getMessage());
    }

    @Test
    void aJournalAdapterNeedsItsTarget() {
        values.put("timebok.journal.adapter", "http");

        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);

        assertTrue(refused.getMessage().contains("timebok.journal.url"), refused.getMessage());
        values.put("timebok.journal.url", "https://journal.example/fhir");
        assertEquals("http", config.journalAdapter());
    }

    @Test
    void anUnknownAdapterOrAShortLeaseStopsStartUp() {
        values.put("timebok.journal.adapter", "ftp");
        assertThrows(MissingConfigurationException.class, config::verifyEveryKey);

        values.put("timebok.journal.adapter", "none");
        values.put("timebok.retention.lock-lease", "PT5S");
        MissingConfigurationException refused = assertThrows(MissingConfigurationException.class, config::verifyEveryKey);
        assertTrue(refused.getMessage().contains("timebok.retention.lock-lease"), refused.getMessage());
    }
}
