package no.timebok.booking.schedule.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.booking.schedule.ResourceView;
import no.timebok.booking.schedule.calendar.BookedTime;
import no.timebok.booking.schedule.calendar.CalendarDay;
import no.timebok.booking.schedule.calendar.CalendarService;
import no.timebok.booking.schedule.calendar.OpenRequest;
import no.timebok.booking.schedule.calendar.ResourceCalendar;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * Backs the calendar page. The resource, day and view are GET parameters, so a calendar can be
 * bookmarked and previous/next are plain links; view-scoped so that a cancel's postback keeps them.
 */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "t";
    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", NB);

    @Inject
    transient CalendarService calendars;

    @Inject
    transient TimebokConfig config;

    private Long resource;
    private String date;
    private String view;
    private LocalDate first;
    private List<ResourceView> resources = List.of();
    private ResourceCalendar calendar;
    private List<OpenRequest> openRequests = List.of();

    /** Opens the chosen resource, or the first of the caller's; another clinic's resource answers 404. */
    public void load() {
        resources = calendars.resources();
        if (resource == null && !resources.isEmpty()) {
            resource = resources.get(0).id();
        }
        // A date typed wrong in the address shows today rather than an error page: nothing is stored.
        LocalDate day = FieldValues.date(date, "date", "staff.calendar.from.invalid", new FieldErrors())
                .orElseGet(() -> LocalDate.now(config.zone()));
        first = isWeek() ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
        if (resource != null) {
            calendar = calendars.calendar(resource, first, isWeek() ? 7 : 1);
            openRequests = calendars.openRequests(resource);
        }
    }

    public void cancel(long appointmentId) {
        calendars.cancel(appointmentId);
        PageMessages.info(TEXTS, "calendar.cancelled");
        load();
    }

    /** A day's booked and free times in the order of the day. */
    public List<Entry> entries(CalendarDay day) {
        List<Entry> entries = new ArrayList<>();
        day.booked().forEach(b -> entries.add(new Entry(b.start(), b.end(), b, null)));
        day.held().forEach(h -> entries.add(new Entry(h.start(), h.end(), null, h.until())));
        day.free().forEach(f -> entries.add(new Entry(f.start(), f.end(), null, null)));
        entries.sort(Comparator.comparing(Entry::start));
        return entries;
    }

    public boolean isWeek() {
        return "week".equals(view);
    }

    public String getPrevious() {
        return first == null ? "" : first.minusDays(isWeek() ? 7 : 1).toString();
    }

    public String getNext() {
        return first == null ? "" : first.plusDays(isWeek() ? 7 : 1).toString();
    }

    public String getFirst() {
        return first == null ? "" : first.toString();
    }

    public String time(Instant at) {
        return TIME.format(at.atZone(config.zone()));
    }

    public String dayName(LocalDate day) {
        return DAY.format(day);
    }

    /** The local day a time is on: the request page shows that day's free slots for the request. */
    public String dayOf(Instant at) {
        return at.atZone(config.zone()).toLocalDate().toString();
    }

    public long minutes(Entry entry) {
        return Duration.between(entry.start(), entry.end()).toMinutes();
    }

    public Long getResource() {
        return resource;
    }

    public void setResource(Long resource) {
        this.resource = resource;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getView() {
        return isWeek() ? "week" : "day";
    }

    public void setView(String view) {
        this.view = view;
    }

    public List<ResourceView> getResources() {
        return resources;
    }

    public ResourceCalendar getCalendar() {
        return calendar;
    }

    public List<OpenRequest> getOpenRequests() {
        return openRequests;
    }

    /**
     * A booked appointment ({@code booked} set), a time held for a waiting patient ({@code heldUntil}
     * set) or a free stretch (neither) of a day.
     */
    public record Entry(Instant start, Instant end, BookedTime booked, Instant heldUntil) {

        public boolean isFree() {
            return booked == null && heldUntil == null;
        }

        public boolean isHeld() {
            return heldUntil != null;
        }
    }
}
