package no.timebok.booking.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.Keysets;
import no.timebok.common.error.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RightsRequestTest {

    @TempDir
    Path dir;

    @Test
    void theAnswerIsDueOneCalendarMonthLaterKeepingTheLastDayOfShorterMonths() {
        assertEquals(LocalDate.of(2026, 12, 23), RightsRequest.dueFor(LocalDate.of(2026, 11, 23)));
        assertEquals(LocalDate.of(2027, 2, 28), RightsRequest.dueFor(LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), RightsRequest.dueFor(LocalDate.of(2028, 1, 30)), "a leap year");
    }

    @Test
    void itIsOverdueOnlyAfterTheDueDayAndOnlyWhileOpen() {
        RightsRequest request = open(LocalDate.of(2026, 11, 23));

        assertFalse(request.isOverdue(LocalDate.of(2026, 12, 23)), "the due day itself is in time");
        assertEquals(0, request.daysLeft(LocalDate.of(2026, 12, 23)));
        assertTrue(request.isOverdue(LocalDate.of(2026, 12, 24)));
        assertEquals(-1, request.daysLeft(LocalDate.of(2026, 12, 24)));

        request.answer(7, Instant.parse("2026-12-24T09:00:00Z"));

        assertFalse(request.isOverdue(LocalDate.of(2027, 1, 30)), "an answered request is never overdue");
        ConflictException refused = assertThrows(ConflictException.class, () -> request.answer(7, Instant.parse("2026-12-25T09:00:00Z")));
        assertEquals("already-answered", refused.type());
    }

    @Test
    void theIdentifierAndNoteAreSealedToTheRowAndOpenAgain() {
        RightsRequest request = RightsRequest.register(registration(LocalDate.of(2026, 11, 23)), 2, 7, cipher(dir),
                Instant.parse("2026-11-23T10:00:00Z"));

        assertEquals("+4791234567", request.matchKey(cipher(dir)));
        assertEquals("Ringte fra kjent nummer", request.identityNote(cipher(dir)).orElseThrow());
        assertEquals(RightsRequestStatus.OPEN, request.status());
        assertEquals(2, request.matchedRequests());
    }

    private RightsRequest open(LocalDate receivedOn) {
        return RightsRequest.register(registration(receivedOn), 1, 7, cipher(dir), Instant.parse("2026-11-23T10:00:00Z"));
    }

    private static RightsRegistration registration(LocalDate receivedOn) {
        return new RightsRegistration(1, RightsRequestKind.ACCESS, MatchedBy.PHONE, "+4791234567", IdentityCheck.OTHER,
                Optional.of("Ringte fra kjent nummer"), receivedOn);
    }

    private static FieldCipher cipher(Path dir) {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        return FieldCipher.withKeyset(keyset);
    }
}
