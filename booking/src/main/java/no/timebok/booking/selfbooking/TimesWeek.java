package no.timebok.booking.selfbooking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
    private static final DateTimeFormatter HEADING_NB = DateTimeFormatter.ofPattern("EEEE d. MMMM", Locale.forLanguageTag("nb-NO"));
    private static final DateTimeFormatter HEADING_EN = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.forLanguageTag("en-GB"));

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
        DateTimeFormatter heading = language == Language.EN ? HEADING_EN : HEADING_NB;
        List<List<Time>> byDay = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            byDay.add(new ArrayList<>());
        }
        // One pass, each time's day and label from one zoned date-time: this runs on every view.
        for (FreeSlot slot : free) {
            ZonedDateTime local = slot.start().atZone(zone);
            long day = ChronoUnit.DAYS.between(monday, local.toLocalDate());
            if (day >= 0 && day < 7) {
                byDay.get((int) day).add(new Time(new PickedTime(slot.resourceId(), slot.start()).value(), CLOCK.format(local),
                        slot.start()));
            }
        }
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate day = monday.plusDays(i);
            days.add(new Day(day, heading.format(day), List.copyOf(byDay.get(i))));
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

    /**
     * One day of the week. The getters are for the JSP: EL 5 reads bean properties through a cache
     * per class, but looks a record's accessor up by reflection on every call, and a week page
     * makes some 300 of them.
     */
    public record Day(LocalDate date, String heading, List<Time> times) {

        public LocalDate getDate() {
            return date;
        }

        public String getHeading() {
            return heading;
        }

        public List<Time> getTimes() {
            return times;
        }
    }

    /** One free time: the value a form posts, the label a person reads; getters for the JSP as {@link Day}'s. */
    public record Time(String value, String label, Instant start) {

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }
}
