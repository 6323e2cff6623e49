package no.timebok.ear.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CpuCostTest {

    @Test
    void chargesTheCpuTimeEquallyToEachUnitOfWork() {
        CpuCost requests = new CpuCost(Duration.ofMillis(9_000), 3_000);

        assertEquals(3.0, requests.millisPerUnit(), 1e-9);
    }

    @Test
    void comparesWithTheBaselinePerUnitNotInTotal() {
        CpuCost health = new CpuCost(Duration.ofMillis(10_000), 20_000);
        CpuCost booking = new CpuCost(Duration.ofMillis(12_000), 4_000);

        assertEquals(6.0, booking.ratioTo(health), 1e-9);
    }

    @Test
    void takesOutOtherWorkDoneInTheSamePeriod() {
        CpuCost booking = new CpuCost(Duration.ofMillis(12_000), 4_000);
        CpuCost sms = new CpuCost(Duration.ofMillis(5_000), 1_000);

        // 12,000 ms less 1,000 SMS at 5 ms leaves 7,000 ms for 4,000 requests.
        assertEquals(1.75, booking.millisPerUnitWithout(1_000, sms), 1e-9);
    }

    @Test
    void otherWorkCostingMoreThanWasSpentLeavesNothingRatherThanANegativeCost() {
        CpuCost booking = new CpuCost(Duration.ofMillis(1_000), 100);
        CpuCost sms = new CpuCost(Duration.ofMillis(5_000), 1_000);

        assertEquals(0.0, booking.millisPerUnitWithout(1_000, sms), 1e-9);
    }

    @Test
    void refusesToChargeCpuTimeToNoWork() {
        assertThrows(IllegalArgumentException.class, () -> new CpuCost(Duration.ofMillis(10), 0));
        assertThrows(IllegalArgumentException.class, () -> new CpuCost(Duration.ofMillis(-1), 10));
    }
}
