package no.timebok.booking.request;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeVersionTest {

    private static final LocalDate CURRENT = LocalDate.of(2026, 12, 6);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    @Test
    void believesAnEarlierVersionTheFormNamed() {
        assertEquals(LocalDate.of(2026, 6, 1), NoticeVersion.shown("2026-06-01", CURRENT, TODAY));
    }

    @Test
    void believesTheCurrentVersion() {
        assertEquals(CURRENT, NoticeVersion.shown("2026-12-06", CURRENT, TODAY));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-13-01", "2026-02-30", "06.12.2026", "2026-6-1", " 2026-06-01", "+2026-06-01",
            "2026-06-01T00:00", "<script>", "2026-12-0\u0661"})
    void recordsTheCurrentVersionForWhatIsNotAnIsoDate(String posted) {
        assertEquals(CURRENT, NoticeVersion.shown(posted, CURRENT, TODAY));
    }

    @Test
    void recordsTheCurrentVersionForADateAfterToday() {
        assertEquals(CURRENT, NoticeVersion.shown("2027-01-01", CURRENT, TODAY));
    }

    @Test
    void recordsTheCurrentVersionForADateAfterItNoTextWasPublishedThen() {
        assertEquals(CURRENT, NoticeVersion.shown("2026-12-10", CURRENT, TODAY));
    }

    @Test
    void aCurrentVersionDatedAheadIsStillRecordedWhenTheFormNamedNothing() {
        LocalDate ahead = TODAY.plusDays(3);
        assertEquals(ahead, NoticeVersion.shown(null, ahead, TODAY));
        assertEquals(ahead, NoticeVersion.shown(ahead.toString(), ahead, TODAY));
    }
}
