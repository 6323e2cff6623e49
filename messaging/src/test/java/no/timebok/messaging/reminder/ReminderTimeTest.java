package no.timebok.messaging.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ReminderTimeTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static Instant oslo(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), OSLO).toInstant();
    }

    @Test
    void aDayBeforeAnOrdinaryAppointmentIsTwentyFourHours() {
        assertEquals(oslo("2026-05-11T09:15"), ReminderTime.due(oslo("2026-05-12T09:15"), Duration.ofHours(24), OSLO));
    }

    @Test
    void theDaysAfterTheChangesGetTheirReminderAtTheSameWallClockTimeOnTheDayOfTheChange() {
        // 29 March and 25 October 2026 are the change days; their 09:15 is already past the change.
        assertEquals(oslo("2026-03-29T09:15"), ReminderTime.due(oslo("2026-03-30T09:15"), Duration.ofHours(24), OSLO));
        assertEquals(oslo("2026-10-25T09:15"), ReminderTime.due(oslo("2026-10-26T09:15"), Duration.ofHours(24), OSLO));
    }

    @Test
    void onTheSpringChangeDayTheReminderIsTheDayBeforeAtTheSameTimeOnly23HoursEarlier() {
        // 29 March 2026 02:00 → 03:00 lies between 28 March 09:15 and 29 March 09:15.
        Instant start = oslo("2026-03-29T09:15");
        Instant due = ReminderTime.due(start, Duration.ofHours(24), OSLO);
        assertEquals(oslo("2026-03-28T09:15"), due);
        assertEquals(Duration.ofHours(23), Duration.between(due, start));
    }

    @Test
    void onTheAutumnChangeDayTheReminderIsTheDayBeforeAtTheSameTime25HoursEarlier() {
        // 25 October 2026 03:00 → 02:00 lies between 24 October 09:15 and 25 October 09:15.
        Instant start = oslo("2026-10-25T09:15");
        Instant due = ReminderTime.due(start, Duration.ofHours(24), OSLO);
        assertEquals(oslo("2026-10-24T09:15"), due);
        assertEquals(Duration.ofHours(25), Duration.between(due, start));
    }

    @Test
    void aLeadThatIsNotWholeDaysIsElapsedTime() {
        Instant start = oslo("2026-03-29T04:00");
        assertEquals(start.minus(Duration.ofHours(2)), ReminderTime.due(start, Duration.ofHours(2), OSLO));
        assertEquals(oslo("2026-03-29T01:00"), ReminderTime.due(start, Duration.ofHours(2), OSLO),
                "02:00–03:00 did not exist that night");
    }

    @Test
    void aReminderFallingIntoTheMissingHourMovesForward() {
        // 30 March 02:30 minus one calendar day is 29 March 02:30, which does not exist: 03:30 instead.
        assertEquals(oslo("2026-03-29T03:30"), ReminderTime.due(oslo("2026-03-30T02:30"), Duration.ofDays(1), OSLO));
    }
}
