package no.timebok.booking.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.timebok.common.error.FieldErrors;

/**
 * A resource's week as administrators write it: per weekday, intervals such as
 * {@code 08:00-11:30, 12:00-16:00}, or nothing for a closed day. Times sit on the 15-minute grid
 * the double-booking guard counts in, so every interval can be filled with whole cells.
 */
public final class WeeklyHours {

    private static final int GRID_MINUTES = 15;

    private final List<OpeningHours> intervals;

    private WeeklyHours(List<OpeningHours> intervals) {
        this.intervals = List.copyOf(intervals);
    }

    /**
     * @param byDay text per weekday; a missing or blank day is closed
     * @throws no.timebok.common.error.InvalidInputException naming "hours.MONDAY" etc. for each
     *         day whose text is not a list of ordered, non-overlapping intervals on the grid
     */
    public static WeeklyHours parse(Map<DayOfWeek, String> byDay) {
        FieldErrors errors = new FieldErrors();
        List<OpeningHours> all = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = byDay == null ? null : byDay.get(day);
            if (text == null || text.isBlank()) {
                continue;
            }
            String problem = parseDay(day, text, all);
            if (problem != null) {
                errors.add(field(day), problem);
            }
        }
        errors.throwIfAny();
        return new WeeklyHours(all);
    }

    public static WeeklyHours of(List<OpeningHours> intervals) {
        return new WeeklyHours(intervals);
    }

    /** The field name a day's error is reported under. */
    public static String field(DayOfWeek day) {
        return "hours." + day.name();
    }

    /** Returns the message key of what is wrong, or null after adding the day's intervals. */
    private static String parseDay(DayOfWeek day, String text, List<OpeningHours> all) {
        List<OpeningHours> ofDay = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            if (ends.length != 2) {
                return "setup.hours.format";
            }
            LocalTime opens;
            LocalTime closes;
            try {
                opens = LocalTime.parse(pad(ends[0]));
                closes = LocalTime.parse(pad(ends[1]));
            } catch (DateTimeParseException e) {
                return "setup.hours.format";
            }
            if (!onGrid(opens) || !onGrid(closes)) {
                return "setup.hours.grid";
            }
            if (!closes.isAfter(opens)) {
                return "setup.hours.order";
            }
            ofDay.add(new OpeningHours(day, opens, closes));
        }
        ofDay.sort(Comparator.comparing(OpeningHours::opensAt));
        for (int i = 1; i < ofDay.size(); i++) {
            if (ofDay.get(i).opensAt().isBefore(ofDay.get(i - 1).closesAt())) {
                return "setup.hours.overlap";
            }
        }
        all.addAll(ofDay);
        return null;
    }

    /** "8:00" is how many people write it; LocalTime wants "08:00". */
    private static String pad(String time) {
        return time.length() == 4 && time.charAt(1) == ':' ? "0" + time : time;
    }

    private static boolean onGrid(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0 && time.getMinute() % GRID_MINUTES == 0;
    }

    public List<OpeningHours> intervals() {
        return intervals;
    }

    /** The week in the form it is written in, for showing it back to the administrator. */
    public Map<DayOfWeek, String> asText() {
        Map<DayOfWeek, String> text = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            text.put(day, intervals.stream()
                    .filter(interval -> interval.day() == day)
                    .sorted(Comparator.comparing(OpeningHours::opensAt))
                    .map(interval -> interval.opensAt() + "-" + interval.closesAt())
                    .collect(Collectors.joining(", ")));
        }
        return text;
    }
}
