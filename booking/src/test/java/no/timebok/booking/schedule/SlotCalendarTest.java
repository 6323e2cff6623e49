package no.timebok.booking.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.schedule.SlotCalendar.Booked;
import org.junit.jupiter.api.Test;

class SlotCalendarTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    private static final Instant LONG_BEFORE = Instant.parse("2027-01-01T00:00:00Z");

    @Test
    void aBookingAcrossSlotBoundariesTakesEverySlotItTouches() {
        SlotCalendar calendar = calendar("08:00-12:00", List.of(booked("09:15", "10:15")), List.of());

        assertEquals(List.of("08:00", "08:30", "10:30", "11:00", "11:30"), starts(calendar));
    }

    @Test
    void aBookingEndingAtASlotsStartLeavesThatSlotFree() {
        SlotCalendar calendar = calendar("08:00-10:00", List.of(booked("08:30", "09:00")), List.of());

        assertEquals(List.of("08:00", "09:00", "09:30"), starts(calendar));
    }

    @Test
    void aLongBookingIsSeenPastShorterOnesThatStartAfterIt() {
        // Given out of order: a sweep that only looked at the latest-starting booking would miss the long one.
        SlotCalendar calendar = calendar("08:00-13:00", List.of(booked("10:00", "10:30"), booked("08:00", "12:00")), List.of());

        assertEquals(List.of("12:00", "12:30"), starts(calendar));
    }

    @Test
    void aTimeTakenToTheMicrosecondTakesTheSlot() {
        Instant end = at(MONDAY, "09:00").plusNanos(1_000);
        SlotCalendar calendar = calendar("08:00-10:00", List.of(new Booked(at(MONDAY, "08:30"), end)), List.of());

        assertEquals(List.of("08:00", "09:30"), starts(calendar));
    }

    @Test
    void closedDaysHaveNoSlotsAndAnotherResourcesClosureChangesNothing() {
        Closure clinicWide = Closure.create(1, null, MONDAY, MONDAY, "Kurs");
        Closure otherRoom = Closure.create(1, 8L, MONDAY.plusDays(1), MONDAY.plusDays(1), "Maling");
        SlotCalendar calendar = calendar("08:00-09:00", List.of(), List.of(clinicWide, otherRoom));

        List<SlotCalendar.FreeSlot> week = calendar.freeSlots(MONDAY, MONDAY.plusDays(1), HALF_HOUR, LONG_BEFORE);

        assertEquals(List.of(at(MONDAY.plusDays(1), "08:00"), at(MONDAY.plusDays(1), "08:30")),
                week.stream().map(SlotCalendar.FreeSlot::start).toList());
    }

    @Test
    void onlySlotsStartingAfterNowAreFree() {
        SlotCalendar calendar = calendar("08:00-10:00", List.of(), List.of());

        assertEquals(List.of("09:30"), starts(calendar.freeSlots(MONDAY, MONDAY, HALF_HOUR, at(MONDAY, "09:00"))));
        assertEquals(List.of("09:30"), starts(calendar.freeSlots(MONDAY, MONDAY, HALF_HOUR, at(MONDAY, "09:00").plusMillis(500))));
        assertEquals(List.of("09:00", "09:30"),
                starts(calendar.freeSlots(MONDAY, MONDAY, HALF_HOUR, at(MONDAY, "09:00").minusMillis(500))));
        assertTrue(calendar.isFree(at(MONDAY, "09:30"), HALF_HOUR, at(MONDAY, "09:00")));
        assertFalse(calendar.isFree(at(MONDAY, "09:00"), HALF_HOUR, at(MONDAY, "09:00")));
    }

    @Test
    void hoursAcrossTheSpringChangeStepOnTheInstantTimeLine() {
        // 28 March 2027, a Sunday: 02:00 becomes 03:00, so 01:00-04:00 local is two real hours.
        LocalDate change = LocalDate.of(2027, 3, 28);
        SlotCalendar calendar = new SlotCalendar(room(WeeklyHours.parse(Map.of(DayOfWeek.SUNDAY, "01:00-04:00"))), List.of(), List.of(), OSLO);

        List<Instant> starts = calendar.freeSlots(change, change, HALF_HOUR, LONG_BEFORE).stream()
                .map(SlotCalendar.FreeSlot::start).toList();

        assertEquals(List.of(Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T00:30:00Z"),
                Instant.parse("2027-03-28T01:00:00Z"), Instant.parse("2027-03-28T01:30:00Z")), starts);
    }

    @Test
    void twoIntervalsOnOneDayGiveTheirSlotsInOrderHoweverTheyAreStored() {
        WeeklyHours hours = WeeklyHours.of(List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(13, 0)),
                new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0))));
        SlotCalendar calendar = new SlotCalendar(room(hours), List.of(), List.of(booked("08:30", "09:00")), OSLO);

        assertEquals(List.of("08:00", "12:00", "12:30"), starts(calendar));
    }

    private static SlotCalendar calendar(String mondayHours, List<Booked> booked, List<Closure> closures) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        hours.put(DayOfWeek.MONDAY, mondayHours);
        hours.put(DayOfWeek.TUESDAY, mondayHours);
        return new SlotCalendar(room(WeeklyHours.parse(hours)), closures, booked, OSLO);
    }

    private static List<String> starts(SlotCalendar calendar) {
        return starts(calendar.freeSlots(MONDAY, MONDAY, HALF_HOUR, LONG_BEFORE));
    }

    private static List<String> starts(List<SlotCalendar.FreeSlot> slots) {
        return slots.stream().map(slot -> LocalTime.ofInstant(slot.start(), OSLO).toString()).toList();
    }

    private static Booked booked(String from, String until) {
        return new Booked(at(MONDAY, from), at(MONDAY, until));
    }

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(OSLO).toInstant();
    }

    private static Resource room(WeeklyHours hours) {
        Resource resource = Resource.create(1, "Rom", "Demoveien 1", hours);
        try {
            Field field = Resource.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(resource, 7L);
            return resource;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
