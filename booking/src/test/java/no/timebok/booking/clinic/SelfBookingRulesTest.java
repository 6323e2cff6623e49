package no.timebok.booking.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SelfBookingRulesTest {

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void aChangeIsAllowedUntilTheDeadlineBeforeTheStart() {
        SelfBookingRules rules = SelfBookingRules.of(90, 24, false);

        assertTrue(rules.allowsChangeOf(NOW.plusSeconds(24 * 3600), NOW), "exactly at the deadline");
        assertFalse(rules.allowsChangeOf(NOW.plusSeconds(24 * 3600 - 1), NOW));
        assertTrue(SelfBookingRules.of(90, 0, false).allowsChangeOf(NOW, NOW), "no deadline: until it starts");
    }

    @Test
    void theHorizonCountsTodayAsItsFirstDay() {
        assertEquals(LocalDate.of(2027, 3, 1), SelfBookingRules.of(1, 24, false).lastOfferedDay(LocalDate.of(2027, 3, 1)));
        assertEquals(LocalDate.of(2027, 5, 29), SelfBookingRules.of(90, 24, false).lastOfferedDay(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void valuesOutsideTheLimitsAreRefusedPerField() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SelfBookingRules.of(0, -1, true));

        assertEquals(Map.of("horizonDays", "setup.horizon.invalid", "deadlineHours", "setup.deadline.invalid"),
                refused.errors().asMap());
        assertThrows(InvalidInputException.class, () -> SelfBookingRules.of(366, 24, true));
        assertThrows(InvalidInputException.class, () -> SelfBookingRules.of(90, 337, true));
    }
}
