package no.timebok.booking.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import no.timebok.common.error.ConflictException;

/**
 * The free slots of one resource: opening hours in local time, minus closed days and booked time,
 * from now on. Local times are turned into instants per day, so a slot at 09:00 stays at 09:00 on
 * both sides of a daylight-saving change.
 */
public final class SlotCalendar {

    /** Appointments occupy whole cells of this length; slot lengths are multiples of it. */
    public static final Duration CELL = Duration.ofMinutes(15);

    private final Resource resource;
    private final List<Closure> closures;
    private final List<Booked> booked;
    private final ZoneId zone;

    public SlotCalendar(Resource resource, List<Closure> closures, List<Booked> booked, ZoneId zone) {
        this.resource = resource;
        this.closures = List.copyOf(closures);
        this.booked = List.copyOf(booked);
        this.zone = zone;
    }

    public List<FreeSlot> freeSlots(LocalDate from, LocalDate until, Duration length, Instant now) {
        List<FreeSlot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            LocalDate current = day;
            if (closures.stream().anyMatch(c -> c.closes(resource.id(), current))) {
                continue;
            }
            for (OpeningHours hours : resource.openingHours()) {
                if (hours.day() != day.getDayOfWeek()) {
                    continue;
                }
                ZonedDateTime start = day.atTime(hours.opensAt()).atZone(zone);
                ZonedDateTime closes = day.atTime(hours.closesAt()).atZone(zone);
                for (ZonedDateTime s = start; !s.plus(length).isAfter(closes); s = s.plus(length)) {
                    Instant begin = s.toInstant();
                    Instant end = begin.plus(length);
                    if (begin.isAfter(now) && booked.stream().noneMatch(b -> b.overlaps(begin, end))) {
                        slots.add(new FreeSlot(resource.id(), begin, end));
                    }
                }
            }
        }
        slots.sort(java.util.Comparator.comparing(FreeSlot::start));
        return slots;
    }

    public boolean isFree(Instant start, Duration length, Instant now) {
        LocalDate day = start.atZone(zone).toLocalDate();
        return freeSlots(day, day, length, now).stream().anyMatch(s -> s.start().equals(start));
    }

    /**
     * The earliest start of an appointment that can overlap a span beginning at {@code from}. An
     * appointment is one slot (at most 8 hours, {@code VisitType}) within one day's opening hours,
     * so one that ends after {@code from} started less than a day before it. Bounding a read of
     * booked time by this lets the {@code starts_at} indexes stop where the span starts, instead of
     * reading every appointment the resource or clinic ever had.
     */
    public static Instant earliestStartOverlapping(Instant from) {
        return from.minus(Duration.ofDays(1));
    }

    /** Cells an appointment from {@code start} for {@code length} occupies. */
    public static List<Instant> cells(Instant start, Duration length) {
        List<Instant> cells = new ArrayList<>();
        for (Instant cell = start; cell.isBefore(start.plus(length)); cell = cell.plus(CELL)) {
            cells.add(cell);
        }
        return cells;
    }

    public record Booked(Instant start, Instant end) {
        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    public record FreeSlot(long resourceId, Instant start, Instant end) {
    }

    /** Another patient got the time first; the database's one-row-per-quarter-hour guard decided it. */
    static ConflictException slotTaken() {
        return new ConflictException("slot-taken", "request.slotTaken");
    }
}
