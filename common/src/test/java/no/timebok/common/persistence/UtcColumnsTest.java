package no.timebok.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class UtcColumnsTest {

    @Test
    void aColumnValueIsUtcWallTime() {
        Instant summer = Instant.parse("2027-03-28T06:00:00Z");

        assertEquals(LocalDateTime.parse("2027-03-28T06:00"), UtcColumns.column(summer));
        assertEquals(summer, UtcColumns.instant(UtcColumns.column(summer)));
    }

    @Test
    void epochMicrosecondsAreTheSameInstantToTheMicrosecond() {
        assertEquals(Instant.parse("2027-03-28T06:00:00.000123Z"), UtcColumns.fromEpochMicros(1_806_213_600_000_123L));
        assertEquals("TIMESTAMPDIFF(MICROSECOND, '1970-01-01', starts_at)", UtcColumns.epochMicros("starts_at"));
    }
}
