package no.timebok.booking.selfbooking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.timebok.booking.schedule.SlotCalendar.FreeSlot;
import no.timebok.common.i18n.Language;

/**
 * A week of free times as the page shows them: Monday to Sunday, each day with its times in Oslo
 * wall-clock time (so 08:00 is 08:00 on both sides of a daylight-saving change), and whether there
 * is an earlier or a later week to go to.
 */
public record TimesWeek(LocalDate monday, List<Day> days, boolean hasEarlier, boolean hasLater) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The Monday of the week holding {@code day}. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * @param free the week's free times, earliest first, one per start
     * @param firstOffered the first day times may be offered (today), {@code lastOffered} the last
     */
    public static TimesWeek of(LocalDate monday, List<FreeSlot> free, LocalDate firstOffered, LocalDate lastOffered,
                               ZoneId zone, Language language) {
        DateTimeFormatter heading = DateTimeFormatter.ofPattern(language == Language.EN ? "EEEE d MMMM" : "EEEE d. MMMM",
                Locale.forLanguageTag(language == Language.EN ? "en-GB" : "nb-NO"));
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            List<Time> times = free.stream()
                    .filter(slot -> LocalDate.ofInstant(slot.start(), zone).equals(day))
                    .map(slot -> new Time(new PickedTime(slot.resourceId(), slot.start()).value(),
                            CLOCK.format(slot.start().atZone(zone)), slot.start()))
                    .toList();
            days.add(new Day(day, heading.format(day), times));
        }
        return new TimesWeek(monday, days, monday.isAfter(firstOffered),
                monday.plusDays(6).isBefore(lastOffered));
    }

    public boolean isEmpty() {
        return days.stream().allMatch(day -> day.times().isEmpty());
    }

    public LocalDate earlier() {
        return monday.minusWeeks(1);
    }

    public LocalDate later() {
        return monday.plusWeeks(1);
    }

    /** One day of the week. */
    public record Day(LocalDate date, String heading, List<Time> times) {
    }

    /** One free time: the value a form posts, the label a person reads. */
    public record Time(String value, String label, Instant start) {
    }
}
