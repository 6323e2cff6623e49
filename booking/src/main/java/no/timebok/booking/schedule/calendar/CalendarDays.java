package no.timebok.booking.schedule.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.timebok.booking.schedule.Closure;
import no.timebok.booking.schedule.Resource;
import no.timebok.booking.schedule.SlotCalendar;

/**
 * Turns a resource's hours, closures, booked appointments and held times into calendar days. Free time comes
 * from {@link SlotCalendar} in its smallest unit (one cell), so opening hours, closures, booked time
 * and "not in the past" mean exactly what they mean when a time is booked, and each day's local
 * times are turned into instants on that day, right on both sides of a daylight-saving change.
 */
final class CalendarDays {

    private CalendarDays() {
    }

    /**
     * @param booked the resource's booked appointments overlapping the range, in any order
     * @param held its times offered to waiting patients, in any order
     */
    static List<CalendarDay> build(Resource resource, List<Closure> closures, List<BookedTime> booked, List<HeldTime> held,
                                   LocalDate from, int days, ZoneId zone, Instant now) {
        List<SlotCalendar.Booked> taken = new ArrayList<>();
        booked.forEach(b -> taken.add(new SlotCalendar.Booked(b.start(), b.end())));
        held.forEach(h -> taken.add(new SlotCalendar.Booked(h.start(), h.end())));
        SlotCalendar slots = new SlotCalendar(resource, closures, taken, zone);
        List<CalendarDay> result = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(from.plusDays(days)); day = day.plusDays(1)) {
            Instant dayStart = day.atStartOfDay(zone).toInstant();
            Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
            LocalDate current = day;
            boolean closed = closures.stream().anyMatch(c -> c.closes(resource.id(), current))
                    || resource.openingHours().stream().noneMatch(h -> h.day() == current.getDayOfWeek());
            List<BookedTime> thatDay = booked.stream()
                    .filter(b -> !b.start().isBefore(dayStart) && b.start().isBefore(dayEnd))
                    .sorted(java.util.Comparator.comparing(BookedTime::start))
                    .toList();
            List<HeldTime> heldThatDay = held.stream()
                    .filter(h -> !h.start().isBefore(dayStart) && h.start().isBefore(dayEnd))
                    .sorted(java.util.Comparator.comparing(HeldTime::start))
                    .toList();
            result.add(new CalendarDay(day, closed, thatDay, heldThatDay,
                    merged(slots.freeSlots(day, day, SlotCalendar.CELL, now))));
        }
        return result;
    }

    /** Adjacent free cells as one stretch: "08:00–11:30 free" rather than fourteen quarters. */
    static List<FreeTime> merged(List<SlotCalendar.FreeSlot> cells) {
        List<FreeTime> stretches = new ArrayList<>();
        for (SlotCalendar.FreeSlot cell : cells) {
            int last = stretches.size() - 1;
            if (last >= 0 && stretches.get(last).end().equals(cell.start())) {
                stretches.set(last, new FreeTime(stretches.get(last).start(), cell.end()));
            } else {
                stretches.add(new FreeTime(cell.start(), cell.end()));
            }
        }
        return stretches;
    }
}
