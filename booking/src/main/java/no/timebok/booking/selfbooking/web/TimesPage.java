package no.timebok.booking.selfbooking.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.abuse.CsrfCookie;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.SelfBookingRules;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.request.BookingForm;
import no.timebok.booking.schedule.AppointmentTime;
import no.timebok.booking.schedule.SlotCalendar.FreeSlot;
import no.timebok.booking.selfbooking.FreeTimes;
import no.timebok.booking.selfbooking.FreeTimesCache;
import no.timebok.booking.selfbooking.PickedTime;
import no.timebok.booking.selfbooking.TimesWeek;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;

/**
 * Renders the picking pages: the kinds of visit with free times, a week of one kind's free times,
 * and the details form for a picked time (with the nearest free times when it was just taken).
 */
@ApplicationScoped
public class TimesPage {

    static final String PRIVACY_VERSION_FIELD = "privacyVersion";
    private static final String WAITING_LIST_SERVLET = "WaitingList";

    @Inject
    ClinicRepository clinics;

    @Inject
    FreeTimes freeTimes;

    @Inject
    FreeTimesCache recentFreeTimes;

    @Inject
    FormTokens tokens;

    @Inject
    CsrfCookie csrf;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** The kinds of visit a patient may pick a time for, clinic by clinic. */
    void showChoice(HttpServletRequest request, HttpServletResponse response, int status, Language language, String error)
            throws ServletException, IOException {
        Map<String, List<VisitType>> byClinic = new LinkedHashMap<>();
        for (VisitType type : clinics.findBookableVisitTypes()) {
            if (type.offersTimes()) {
                byClinic.computeIfAbsent(type.clinicName(), name -> new ArrayList<>()).add(type);
            }
        }
        request.setAttribute("visitTypesByClinic", byClinic);
        request.setAttribute("error", error);
        forward(request, response, status, language, "times.jsp");
    }

    /**
     * A week of free times; a week before this one or past the clinic's horizon shows the nearest
     * offered week instead.
     *
     * @param action where the chosen time goes: the details form, or a move's confirmation
     */
    void showWeek(HttpServletRequest request, HttpServletResponse response, int status, VisitType type, String week,
                  Language language, String error, String action) throws ServletException, IOException {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        SelfBookingRules rules = type.clinic().selfBooking();
        LocalDate last = rules.lastOfferedDay(today);
        LocalDate monday = TimesWeek.mondayOf(clamp(parse(week).orElse(today), today, last));
        // Up to the cache's lifetime old (README, "Self-booking"): the POST that books checks afresh.
        List<FreeSlot> free = recentFreeTimes.onePerStart(type, monday, monday.plusDays(6));
        request.setAttribute("visitType", type);
        request.setAttribute("week", TimesWeek.of(monday, free, TimesWeek.mondayOf(today), last, config.zone(), language));
        request.setAttribute("error", error);
        request.setAttribute("action", action);
        // Someone moving an appointment already has one: the request form and the waiting list are
        // for those who have not.
        boolean booking = action.endsWith(PickedTimeServlet.PATH);
        request.setAttribute("waitingList", booking && rules.waitingList() && servesWaitingList(request));
        request.setAttribute("alsoRequest", booking && type.bookingMode().takesRequests());
        forward(request, response, status, language, "times.jsp");
    }

    /**
     * Whether this deployable has the waiting list: an edge node has not, as an offer turns a
     * waiting patient's stored contact details into a booking, which only an internal node may read.
     */
    private static boolean servesWaitingList(HttpServletRequest request) {
        return request.getServletContext().getServletRegistration(WAITING_LIST_SERVLET) != null;
    }

    /**
     * The details form for a picked time, or, when {@code time} is null because it was just taken,
     * for one of the {@code nearest} free times.
     */
    void showDetails(HttpServletRequest request, HttpServletResponse response, int status, VisitType type,
                     PickedTime time, List<FreeSlot> nearest, BookingForm form, Map<String, String> errors,
                     String formError, String shownAt) throws ServletException, IOException {
        Language language = Language.of(form.language());
        if (time != null) {
            request.setAttribute("picked", time.value());
            request.setAttribute("pickedTime", AppointmentTime.format(time.start(), config.zone(), language));
            request.setAttribute("pickedPlace", freeTimes.placeOf(time.resourceId()));
        }
        request.setAttribute("nearest", nearest.stream()
                .map(slot -> new TimesWeek.Time(new PickedTime(slot.resourceId(), slot.start()).value(),
                        AppointmentTime.format(slot.start(), config.zone(), language), slot.start()))
                .toList());
        request.setAttribute("visitType", type);
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("formError", formError);
        request.setAttribute("csrf", csrf.tokenFor(request, response));
        request.setAttribute("shownAt", shownAt == null ? tokens.shownAtToken() : tokens.keepOrRenew(shownAt));
        request.setAttribute("maxFreeText", BookingForm.MAX_FREE_TEXT_LENGTH);
        request.setAttribute("privacyNoticeUrl", config.value(ConfigKey.PRIVACY_NOTICE_URL));
        request.setAttribute("privacyVersion", config.privacyVersionDate());
        request.setAttribute("freeTextDays", config.freeTextRetention().getDays());
        request.setAttribute("contactMonths", config.contactDataRetention().toTotalMonths());
        forward(request, response, status, language, "times-details.jsp");
    }

    private static void forward(HttpServletRequest request, HttpServletResponse response, int status, Language language,
                                String view) throws ServletException, IOException {
        response.setStatus(status);
        // Free times change by the minute, and the details form holds what a patient typed.
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", language.tag());
        request.setAttribute("language", language);
        request.getRequestDispatcher("/WEB-INF/views/" + view).forward(request, response);
    }

    private static LocalDate clamp(LocalDate day, LocalDate first, LocalDate last) {
        return day.isBefore(first) ? first : day.isAfter(last) ? last : day;
    }

    private static java.util.Optional<LocalDate> parse(String week) {
        try {
            return week == null ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(week));
        } catch (DateTimeParseException notADate) {
            return java.util.Optional.empty();
        }
    }
}
