package no.timebok.booking.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Period;
import no.timebok.common.config.TimerSchedule;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The notice states the configured periods in words, in both languages, exactly as configured. */
class PeriodWordingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            P21D   | 21 dager                      | 21 days
            P1D    | 1 dag                         | 1 day
            P3W    | 21 dager                      | 21 days
            P5M    | 5 måneder                     | 5 months
            P1M    | 1 måned                       | 1 month
            P12M   | 12 måneder                    | 12 months
            P1Y    | 1 år                          | 1 year
            P2Y    | 2 år                          | 2 years
            P1M14D | 1 måned og 14 dager           | 1 month and 14 days
            P1Y2M3D| 1 år, 2 måneder og 3 dager    | 1 year, 2 months and 3 days
            P0M    | 0 dager                       | 0 days
            """)
    void periodsInWords(String iso, String norwegian, String english) {
        Period period = Period.parse(iso);
        assertEquals(norwegian, PeriodWording.of(period, Language.NB));
        assertEquals(english, PeriodWording.of(period, Language.EN));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            04:10    | hver dag kl. 04:10              | every day at 04:10
            1 00:15  | den 1. i hver måned kl. 00:15   | on the 1st of every month at 00:15
            2 23:05  | den 2. i hver måned kl. 23:05   | on the 2nd of every month at 23:05
            3 01:00  | den 3. i hver måned kl. 01:00   | on the 3rd of every month at 01:00
            11 05:00 | den 11. i hver måned kl. 05:00  | on the 11th of every month at 05:00
            22 05:00 | den 22. i hver måned kl. 05:00  | on the 22nd of every month at 05:00
            04:10:30 | hver dag kl. 04:10:30           | every day at 04:10:30
            """)
    void schedulesInWords(String configured, String norwegian, String english) {
        TimerSchedule schedule = TimerSchedule.parse(configured);
        assertEquals(norwegian, PeriodWording.of(schedule, Language.NB));
        assertEquals(english, PeriodWording.of(schedule, Language.EN));
    }

    @ParameterizedTest
    @CsvSource({"P-1D", "P1M-3D"})
    void aNegativePeriodIsAMistakeNotAPromise(String iso) {
        assertThrows(IllegalArgumentException.class, () -> PeriodWording.of(Period.parse(iso), Language.NB));
    }
}
