package no.timebok.booking.selfbooking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.schedule.Resource;
import no.timebok.booking.schedule.SlotCalendar;
import no.timebok.booking.schedule.WeeklyHours;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.api.Test;

class TimesWeekTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant LONG_BEFORE = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void theDaysOfTheSpringChangeShowTheSameLocalTimesAsTheDaysAround() {
        // 28 March 2027: clocks go from 02:00 to 03:00.
        TimesWeek week = week(LocalDate.of(2027, 3, 22));

        for (TimesWeek.Day day : week.days()) {
            assertEquals("08:00", day.times().get(0).label(), day.heading());
            assertEquals("15:30", day.times().get(day.times().size() - 1).label(), day.heading());
            assertEquals(16, day.times().size(), day.heading());
        }
        Instant sundayEight = week.days().get(6).times().get(0).start();
        assertEquals(Instant.parse("2027-03-28T06:00:00Z"), sundayEight, "summer time: UTC+2");
        assertEquals(Instant.parse("2027-03-27T07:00:00Z"), week.days().get(5).times().get(0).start(), "winter time: UTC+1");
    }

    @Test
    void theDayOfTheAutumnChangeShowsEightOClockOnce() {
        // 31 October 2027: clocks go from 03:00 back to 02:00.
        TimesWeek week = week(LocalDate.of(2027, 10, 25));

        TimesWeek.Day sunday = week.days().get(6);
        assertEquals(16, sunday.times().size());
        assertEquals(Instant.parse("2027-10-31T07:00:00Z"), sunday.times().get(0).start(), "winter time again: UTC+1");
        assertEquals(Instant.parse("2027-10-30T06:00:00Z"), week.days().get(5).times().get(0).start(), "summer time: UTC+2");
    }

    @Test
    void headingsAreInThePagesLanguage() {
        LocalDate monday = LocalDate.of(2027, 3, 22);
        TimesWeek nb = TimesWeek.of(monday, List.of(), monday, monday.plusDays(90), OSLO, Language.NB);
        TimesWeek en = TimesWeek.of(monday, List.of(), monday, monday.plusDays(90), OSLO, Language.EN);

        assertEquals("mandag 22. mars", nb.days().get(0).heading());
        assertEquals("Monday 22 March", en.days().get(0).heading());
        assertTrue(nb.isEmpty());
    }

    @Test
    void offersNoWeekBeforeTheFirstNorAfterTheLastOfferedDay() {
        LocalDate monday = LocalDate.of(2027, 3, 22);

        TimesWeek first = TimesWeek.of(monday, List.of(), monday, monday.plusDays(20), OSLO, Language.NB);
        TimesWeek last = TimesWeek.of(monday, List.of(), monday.minusWeeks(3), monday.plusDays(6), OSLO, Language.NB);

        assertFalse(first.hasEarlier());
        assertTrue(first.hasLater());
        assertTrue(last.hasEarlier());
        assertFalse(last.hasLater(), "the horizon ends on this week's Sunday");
    }

    @Test
    void eachTimeIsOnItsOsloDayAndTimesOutsideTheWeekAreLeftOut() {
        LocalDate monday = LocalDate.of(2027, 3, 22);
        // 23:30 on Tuesday in Oslo is Tuesday 22:30 UTC; 00:30 on Wednesday is still Tuesday in UTC.
        List<SlotCalendar.FreeSlot> free = List.of(slot("2027-03-21T12:00:00Z"), slot("2027-03-23T22:30:00Z"),
                slot("2027-03-23T23:30:00Z"), slot("2027-03-29T08:00:00Z"));

        TimesWeek week = TimesWeek.of(monday, free, monday, monday.plusDays(90), OSLO, Language.NB);

        assertEquals(List.of(0, 1, 1, 0, 0, 0, 0), week.days().stream().map(day -> day.times().size()).toList());
        assertEquals("23:30", week.days().get(1).times().get(0).label());
        assertEquals("00:30", week.days().get(2).times().get(0).label());
        assertEquals("7-" + Instant.parse("2027-03-23T23:30:00Z").getEpochSecond(), week.days().get(2).times().get(0).value());
    }

    @Test
    void mondayOfAnyDayIsThatWeeksMonday() {
        assertEquals(LocalDate.of(2027, 3, 22), TimesWeek.mondayOf(LocalDate.of(2027, 3, 28)));
        assertEquals(LocalDate.of(2027, 3, 22), TimesWeek.mondayOf(LocalDate.of(2027, 3, 22)));
    }

    private static TimesWeek week(LocalDate monday) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, "08:00-16:00");
        }
        Resource room = withId(Resource.create(1, "Rom", "Demoveien 1", WeeklyHours.parse(hours)), 7);
        List<SlotCalendar.FreeSlot> free = new SlotCalendar(room, List.of(), List.of(), OSLO)
                .freeSlots(monday, monday.plusDays(6), Duration.ofMinutes(30), LONG_BEFORE);
        return TimesWeek.of(monday, free, monday, monday.plusDays(90), OSLO, Language.NB);
    }

    private static SlotCalendar.FreeSlot slot(String start) {
        return new SlotCalendar.FreeSlot(7, Instant.parse(start), Instant.parse(start).plus(Duration.ofMinutes(30)));
    }

    private static Resource withId(Resource resource, long id) {
        try {
            Field field = Resource.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(resource, id);
            return resource;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
