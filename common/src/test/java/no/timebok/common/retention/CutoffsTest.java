package no.timebok.common.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A row is erased when the run's cutoff is after its stamp. Each case checks the promise from the
 * row's side: kept one second before it is due, gone one second after.
 */
class CutoffsTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Duration SECOND = Duration.ofSeconds(1);

    @ParameterizedTest(name = "submitted {0} Oslo, due {1}")
    @CsvSource({
            // 21 days, across both daylight-saving Sundays and a leap day
            "2027-03-10T10:00:00, 2027-03-31T10:00:00, P21D",
            // 02:30 does not exist on 28 March: due when the gap starts, 03:00 summer time
            "2027-03-07T02:30:00, 2027-03-28T03:00:00, P21D",
            "2027-10-10T08:15:00, 2027-10-31T08:15:00, P21D",
            "2028-02-08T12:00:00, 2028-02-29T12:00:00, P21D",
            "2026-12-11T23:59:59, 2027-01-01T23:59:59, P21D",
            // five months, across month lengths, leap years and the year end
            "2027-01-31T10:00:00, 2027-06-30T10:00:00, P5M",
            "2027-09-30T10:00:00, 2028-02-29T10:00:00, P5M",
            "2026-09-30T10:00:00, 2027-02-28T10:00:00, P5M",
            "2027-10-31T08:00:00, 2028-03-31T08:00:00, P5M",
            "2027-05-28T14:00:00, 2027-10-28T14:00:00, P5M",
            "2027-10-26T02:30:00, 2028-03-26T03:00:00, P5M",
            "2026-08-01T00:00:00, 2027-01-01T00:00:00, P5M",
            "2027-07-31T23:59:59, 2027-12-31T23:59:59, P5M"
    })
    void presentOneSecondBeforeItIsDueAndGoneOneSecondAfter(LocalDateTime submittedLocal, LocalDateTime dueLocal, String period) {
        Instant submitted = submittedLocal.atZone(OSLO).toInstant();
        Instant due = dueLocal.atZone(OSLO).toInstant();

        assertFalse(erasedAt(submitted, due.minus(SECOND), Period.parse(period)), "erased a second early");
        assertTrue(erasedAt(submitted, due.plus(SECOND), Period.parse(period)), "kept a second late");
    }

    @Test
    void daysThatMonthEndsFoldTogetherGoWhenTheFirstOfThemIsDue() {
        Instant sep29 = LocalDateTime.parse("2027-09-29T10:00:00").atZone(OSLO).toInstant();
        Instant leapDayStart = LocalDateTime.parse("2028-02-29T00:00:00").atZone(OSLO).toInstant();

        // 30 September 00:00 falls due at the start of 29 February, and 29 September is older.
        assertFalse(erasedAt(sep29, leapDayStart.minus(SECOND), Period.ofMonths(5)));
        assertTrue(erasedAt(sep29, leapDayStart.plus(SECOND), Period.ofMonths(5)));
    }

    @Test
    void everySubmissionOfFourYearsIsGoneOneSecondAfterItIsDueAndPresentBeforeUnlessFoldedEarlier() {
        for (Period period : new Period[] {Period.ofDays(21), Period.ofMonths(5)}) {
            ZonedDateTime submitted = ZonedDateTime.of(2026, 1, 1, 0, 30, 0, 0, OSLO);
            while (submitted.getYear() < 2030) {
                Instant due = submitted.plus(period).toInstant();
                Instant at = submitted.toInstant();
                assertTrue(erasedAt(at, due.plus(SECOND), period), () -> "late for " + at + " " + period);
                boolean folded = !submitted.toLocalDate().plusDays(1).plus(period).isAfter(submitted.toLocalDate().plus(period));
                boolean inGap = OSLO.getRules().getValidOffsets(submitted.toLocalDateTime().plus(period)).isEmpty();
                if (!folded && !inGap) {
                    assertFalse(erasedAt(at, due.minus(SECOND), period), () -> "early for " + at + " " + period);
                }
                submitted = submitted.plusMinutes(7 * 60 + 13);
            }
        }
    }

    @ParameterizedTest(name = "sent {0} Oslo, gone from {1}")
    @CsvSource({
            "2027-01-31T23:59:59, 2027-02-01T00:00:00",
            "2027-02-28T23:59:59, 2027-03-01T00:00:00",
            "2028-02-29T23:59:59, 2028-03-01T00:00:00",
            "2027-12-31T23:59:59, 2028-01-01T00:00:00",
            "2027-03-28T03:30:00, 2027-04-01T00:00:00",
            "2027-10-31T02:30:00, 2027-11-01T00:00:00"
    })
    void correspondenceGoesAtTheEndOfItsMonthInOsloTime(LocalDateTime sentLocal, LocalDateTime monthEndLocal) {
        Instant sent = sentLocal.atZone(OSLO).toInstant();
        Instant monthEnd = monthEndLocal.atZone(OSLO).toInstant();

        assertFalse(sent.isBefore(RetentionPolicy.CORRESPONDENCE.cutoff(monthEnd.minus(SECOND), OSLO, Period.ZERO)));
        assertTrue(sent.isBefore(RetentionPolicy.CORRESPONDENCE.cutoff(monthEnd.plus(SECOND), OSLO, Period.ZERO)));
    }

    @Test
    void aMessageOfTheNewMonthIsNotTouchedByTheRunJustAfterMidnight() {
        Instant newYear = LocalDateTime.parse("2028-01-01T00:00:00").atZone(OSLO).toInstant();
        Instant run = newYear.plus(Duration.ofMinutes(15));

        assertEquals(newYear, RetentionPolicy.CORRESPONDENCE.cutoff(run, OSLO, Period.ZERO));
    }

    @Test
    void aLongerCorrespondencePeriodKeepsWholeMonthsMore() {
        Instant run = LocalDateTime.parse("2027-05-01T00:15:00").atZone(OSLO).toInstant();

        assertEquals(LocalDateTime.parse("2027-03-01T00:00:00").atZone(OSLO).toInstant(),
                RetentionPolicy.CORRESPONDENCE.cutoff(run, OSLO, Period.ofMonths(2)));
    }

    private static boolean erasedAt(Instant submitted, Instant now, Period period) {
        return submitted.isBefore(RetentionPolicy.FREE_TEXT.cutoff(now, OSLO, period));
    }
}
