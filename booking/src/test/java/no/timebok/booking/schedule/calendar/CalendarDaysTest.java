package no.timebok.booking.schedule.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import no.timebok.booking.schedule.Closure;
import no.timebok.booking.schedule.OpeningHours;
import no.timebok.booking.schedule.Resource;
import no.timebok.booking.schedule.WeeklyHours;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 6, 9);

    @Test
    void aBookedAppointmentSplitsTheDaysFreeTime() {
        BookedTime booked = new BookedTime(at(WEDNESDAY, 10, 0), at(WEDNESDAY, 10, 30), 7, 70, "TB-ABCD", false);

        CalendarDay day = CalendarDays.build(weekdays(), List.of(), List.of(booked), List.of(), WEDNESDAY, 1, OSLO, LONG_AGO).get(0);

        assertFalse(day.closed());
        assertEquals(List.of(booked), day.booked());
        assertEquals(List.of(new FreeTime(at(WEDNESDAY, 8, 0), at(WEDNESDAY, 10, 0)),
                new FreeTime(at(WEDNESDAY, 10, 30), at(WEDNESDAY, 16, 0))), day.free());
    }

    @Test
    void aTimeOfferedToAWaitingPatientIsHeldNotFree() {
        HeldTime held = new HeldTime(at(WEDNESDAY, 9, 0), at(WEDNESDAY, 9, 30), at(WEDNESDAY, 8, 0));

        CalendarDay day = CalendarDays.build(weekdays(), List.of(), List.of(), List.of(held), WEDNESDAY, 1, OSLO, LONG_AGO).get(0);

        assertEquals(List.of(held), day.held());
        assertEquals(List.of(new FreeTime(at(WEDNESDAY, 8, 0), at(WEDNESDAY, 9, 0)),
                new FreeTime(at(WEDNESDAY, 9, 30), at(WEDNESDAY, 16, 0))), day.free());
    }

    @Test
    void aWeekHasEveryDayWithWeekendsAndClosuresClosed() {
        LocalDate monday = WEDNESDAY.minusDays(2);
        Closure course = new Closure(1, null, WEDNESDAY, WEDNESDAY, "Kurs");

        List<CalendarDay> week = CalendarDays.build(weekdays(), List.of(course), List.of(), List.of(), monday, 7, OSLO, LONG_AGO);

        assertEquals(7, week.size());
        assertEquals(monday.plusDays(6), week.get(6).date());
        assertEquals(List.of(false, false, true, false, false, true, true), week.stream().map(CalendarDay::closed).toList());
        assertTrue(week.get(2).free().isEmpty(), "no free time on a closed day");
        assertTrue(week.get(5).free().isEmpty(), "no free time outside opening hours");
    }

    @Test
    void openingTimeStaysAtEightLocalOnBothSidesOfDaylightSavingChanges() {
        LocalDate friday = LocalDate.of(2027, 10, 29);
        LocalDate springFriday = LocalDate.of(2027, 3, 26);

        List<CalendarDay> autumn = CalendarDays.build(weekdays(), List.of(), List.of(), List.of(), friday, 4, OSLO, LONG_AGO);
        List<CalendarDay> spring = CalendarDays.build(weekdays(), List.of(), List.of(), List.of(), springFriday, 4, OSLO, LONG_AGO);

        for (CalendarDay day : List.of(autumn.get(0), autumn.get(3), spring.get(0), spring.get(3))) {
            assertEquals(LocalTime.of(8, 0), day.free().get(0).start().atZone(OSLO).toLocalTime(), day.date().toString());
            assertEquals(LocalTime.of(16, 0), day.free().get(0).end().atZone(OSLO).toLocalTime(), day.date().toString());
        }
        assertEquals(Instant.parse("2027-10-29T06:00:00Z"), autumn.get(0).free().get(0).start(), "summer time: UTC+2");
        assertEquals(Instant.parse("2027-11-01T07:00:00Z"), autumn.get(3).free().get(0).start(), "winter time: UTC+1");
    }

    @Test
    void anAppointmentBelongsToTheLocalDayItStartsOn() {
        BookedTime late = new BookedTime(at(WEDNESDAY, 23, 30), at(WEDNESDAY.plusDays(1), 0, 30), 8, 80, "TB-LATE", true);

        List<CalendarDay> days = CalendarDays.build(weekdays(), List.of(), List.of(late), List.of(), WEDNESDAY, 2, OSLO, LONG_AGO);

        assertEquals(List.of(late), days.get(0).booked());
        assertEquals(List.of(), days.get(1).booked());
    }

    @Test
    void pastTimeIsNotFree() {
        Instant now = at(WEDNESDAY, 12, 5);

        CalendarDay day = CalendarDays.build(weekdays(), List.of(), List.of(), List.of(), WEDNESDAY, 1, OSLO, now).get(0);

        assertEquals(List.of(new FreeTime(at(WEDNESDAY, 12, 15), at(WEDNESDAY, 16, 0))), day.free());
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(OSLO).toInstant();
    }

    /** Open 08:00–16:00 Monday to Friday, like the demo clinics' rooms. */
    private static Resource weekdays() {
        List<OpeningHours> hours = Arrays.stream(DayOfWeek.values())
                .filter(d -> d.getValue() <= 5)
                .map(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                .toList();
        Resource resource = Resource.create(1, "Legekontor 1", "Demoveien 1", WeeklyHours.of(hours));
        try {
            Field id = Resource.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(resource, 101L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return resource;
    }
}
