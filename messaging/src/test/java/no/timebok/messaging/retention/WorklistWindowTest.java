package no.timebok.messaging.retention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorklistWindowTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void opensTheGivenNumberOfDaysBeforeMonthEndInOsloTime() {
        assertFalse(WorklistWindow.open(oslo("2027-01-26T23:59:59"), OSLO, 5));
        assertTrue(WorklistWindow.open(oslo("2027-01-27T00:00:00"), OSLO, 5));
        assertTrue(WorklistWindow.open(oslo("2027-01-31T23:59:59"), OSLO, 5));
        assertFalse(WorklistWindow.open(oslo("2027-02-01T00:00:00"), OSLO, 5));
    }

    @Test
    void followsShortMonthsAndLeapYears() {
        assertFalse(WorklistWindow.open(oslo("2027-02-23T12:00:00"), OSLO, 5));
        assertTrue(WorklistWindow.open(oslo("2027-02-24T00:00:00"), OSLO, 5));
        assertFalse(WorklistWindow.open(oslo("2028-02-24T12:00:00"), OSLO, 5));
        assertTrue(WorklistWindow.open(oslo("2028-02-25T00:00:00"), OSLO, 5));
    }

    @Test
    void usesTheOsloDateNotUtc() {
        // 23:30 UTC on 26 January is already 27 January in Oslo.
        assertTrue(WorklistWindow.open(Instant.parse("2027-01-26T23:30:00Z"), OSLO, 5));
    }

    private static Instant oslo(String local) {
        return LocalDateTime.parse(local).atZone(OSLO).toInstant();
    }
}
