package no.timebok.ear.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchStackTest {

    @Test
    void triedSettingsAreKnownKeysWithTheirValues() {
        assertEquals(Map.of("timebok.retention.chunk-size", "20000", "timebok.messaging.relay-parallelism", "8"),
                BenchStack.tried(" timebok.retention.chunk-size=20000   timebok.messaging.relay-parallelism=8 "));
        assertEquals(Map.of(), BenchStack.tried(""));
    }

    @Test
    void aMisspeltKeyOrAMissingValueIsRefusedRatherThanMeasuredAsNoChange() {
        assertThrows(IllegalArgumentException.class, () -> BenchStack.tried("timebok.retention.chunksize=20000"));
        assertThrows(IllegalArgumentException.class, () -> BenchStack.tried("timebok.retention.chunk-size"));
    }
}
