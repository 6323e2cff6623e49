package no.timebok.booking.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final ZoneId zone;
    /** Booked starts in epoch seconds, rounded down, ascending. */
    private final long[] bookedStarts;
    /** The latest booked end (epoch seconds, rounded up) among the bookings up to each index. */
    private final long[] latestEndSoFar;

    public SlotCalendar(Resource resource, List<Closure> closures, List<Booked> booked, ZoneId zone) {
        this.resource = resource;
        this.closures = List.copyOf(closures);
        this.zone = zone;
        // Sorted once, so each slot asks one binary search instead of testing every booking (the
        // free-times page asks this for 50 resources' week of slots on every view).
        List<Booked> byStart = new ArrayList<>(booked);
        byStart.sort(Comparator.comparing(Booked::start));
        bookedStarts = new long[byStart.size()];
        latestEndSoFar = new long[byStart.size()];
        long latest = Long.MIN_VALUE;
        for (int i = 0; i < bookedStarts.length; i++) {
            Booked b = byStart.get(i);
            bookedStarts[i] = b.start().getEpochSecond();
            latest = Math.max(latest, b.end().getEpochSecond() + (b.end().getNano() > 0 ? 1 : 0));
            latestEndSoFar[i] = latest;
        }
    }

    /**
     * Free slots from {@code from} to {@code until} inclusive, earliest first, starting after
     * {@code now}. Slots step by {@code length} from each opening on the instant time line, as
     * {@link ZonedDateTime#plus} does, and must end by the closing time.
     */
    public List<FreeSlot> freeSlots(LocalDate from, LocalDate until, Duration length, Instant now) {
        List<FreeSlot> slots = new ArrayList<>();
        long step = length.getSeconds();
        // Slots start on whole seconds: one after a later second than now's starts after now.
        long after = now.getEpochSecond();
        List<OpeningHours> hours = resource.openingHours();
        for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
            if (closed(day)) {
                continue;
            }
            for (OpeningHours open : hours) {
                if (open.day() != day.getDayOfWeek()) {
                    continue;
                }
                long opens = day.atTime(open.opensAt()).atZone(zone).toEpochSecond();
                long closes = day.atTime(open.closesAt()).atZone(zone).toEpochSecond();
                for (long begin = opens; begin + step <= closes; begin += step) {
                    if (begin > after && !overlapsBooked(begin, begin + step)) {
                        slots.add(new FreeSlot(resource.id(), Instant.ofEpochSecond(begin), Instant.ofEpochSecond(begin + step)));
                    }
                }
            }
        }
        slots.sort(Comparator.comparing(FreeSlot::start));
        return slots;
    }

    private boolean closed(LocalDate day) {
        for (Closure closure : closures) {
            if (closure.closes(resource.id(), day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a booking overlaps [begin, end): among those starting before {@code end}, the latest
     * end is after {@code begin}. Whole seconds lose nothing here: starts are rounded down and ends
     * up, and a slot's bounds are whole seconds.
     */
    private boolean overlapsBooked(long begin, long end) {
        int low = 0;
        int high = bookedStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (bookedStarts[mid] < end) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low > 0 && latestEndSoFar[low - 1] > begin;
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

    /** Time a resource is taken, from {@code start} (inclusive) to {@code end} (exclusive). */
    public record Booked(Instant start, Instant end) {
    }

    public record FreeSlot(long resourceId, Instant start, Instant end) {
    }

    /** Another patient got the time first; the database's one-row-per-quarter-hour guard decided it. */
    static ConflictException slotTaken() {
        return new ConflictException("slot-taken", "request.slotTaken");
    }
}
