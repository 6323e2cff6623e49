package no.timebok.booking.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class WeeklyHoursTest {

    @Test
    void readsSeveralPeriodsADayInAnyOrderAndWritesThemBackSorted() {
        WeeklyHours week = WeeklyHours.parse(Map.of(DayOfWeek.MONDAY, " 12:00-16:00,8:00 – 11:30 ", DayOfWeek.FRIDAY, "08:00-12:00"));

        assertEquals(3, week.intervals().size());
        assertEquals("08:00-11:30, 12:00-16:00", week.asText().get(DayOfWeek.MONDAY));
        assertEquals("", week.asText().get(DayOfWeek.TUESDAY), "a day not given is closed");
        assertEquals(LocalTime.of(12, 0), week.intervals().stream().filter(i -> i.day() == DayOfWeek.FRIDAY)
                .findFirst().orElseThrow().closesAt());
    }

    @Test
    void blankDaysAreClosed() {
        assertEquals(0, WeeklyHours.parse(Map.of(DayOfWeek.SATURDAY, "  ")).intervals().size());
    }

    @Test
    void eachWrongDayIsReportedUnderItsOwnField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WeeklyHours.parse(Map.of(
                DayOfWeek.MONDAY, "morgen", DayOfWeek.TUESDAY, "08:05-09:00", DayOfWeek.WEDNESDAY, "12:00-12:00",
                DayOfWeek.THURSDAY, "08:00-10:00, 09:45-11:00", DayOfWeek.FRIDAY, "25:00-26:00")));

        assertEquals(Map.of("hours.MONDAY", "setup.hours.format", "hours.TUESDAY", "setup.hours.grid",
                "hours.WEDNESDAY", "setup.hours.order", "hours.THURSDAY", "setup.hours.overlap",
                "hours.FRIDAY", "setup.hours.format"), e.errors().asMap());
    }

    @Test
    void periodsMayTouchButNotOverlap() {
        assertEquals(2, WeeklyHours.parse(Map.of(DayOfWeek.MONDAY, "08:00-12:00, 12:00-16:00")).intervals().size());
    }
}
