package no.timebok.booking.clinicsetup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import no.timebok.booking.clinic.SelfBookingRules;
import no.timebok.booking.clinicsetup.SetupDrafts.SelfBookingDraft;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class SelfBookingDraftTest {

    @Test
    void theLimitsThemselvesAreAllowed() {
        SelfBookingRules longest = new SelfBookingDraft(365, 336, true).rules();
        SelfBookingRules shortest = new SelfBookingDraft(1, 0, false).rules();
        assertEquals(365, longest.horizonDays());
        assertEquals(336, longest.deadlineHours());
        assertTrue(longest.waitingList());
        assertEquals(1, shortest.horizonDays());
        assertEquals(0, shortest.deadlineHours());
        assertFalse(shortest.waitingList());
    }

    @Test
    void bothNumbersOutOfRangeAreNamedAtOnce() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> new SelfBookingDraft(366, 337, true).rules());
        assertEquals(Map.of("horizonDays", "setup.horizon.invalid", "deadlineHours", "setup.deadline.invalid"),
                invalid.errors().asMap());
        assertEquals(Map.of("horizonDays", "setup.horizon.invalid", "deadlineHours", "setup.deadline.invalid"),
                assertThrows(InvalidInputException.class, () -> new SelfBookingDraft(0, -1, false).rules()).errors().asMap());
    }

    @Test
    void missingNumbersAreTheirFieldsErrorsAndAMissingWaitingListIsNone() {
        assertEquals(Map.of("horizonDays", "setup.horizon.invalid", "deadlineHours", "setup.deadline.invalid"),
                assertThrows(InvalidInputException.class, () -> new SelfBookingDraft(null, null, null).rules()).errors().asMap());
        assertFalse(new SelfBookingDraft(30, 12, null).rules().waitingList());
    }
}
