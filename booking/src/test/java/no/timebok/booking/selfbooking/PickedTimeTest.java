package no.timebok.booking.selfbooking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PickedTimeTest {

    @Test
    void aTimeSurvivesTheRoundTripThroughAPage() {
        PickedTime time = new PickedTime(101, Instant.parse("2027-03-28T06:00:00Z"));

        assertEquals(time, PickedTime.parse(time.value()).orElseThrow());
    }

    @Test
    void anythingElseIsNoTime() {
        for (String value : new String[] {null, "", "101", "101-", "-1800000000", "a-1", "101-18000000000000", "1 01-5", "101-5-6"}) {
            assertTrue(PickedTime.parse(value).isEmpty(), String.valueOf(value));
        }
    }
}
