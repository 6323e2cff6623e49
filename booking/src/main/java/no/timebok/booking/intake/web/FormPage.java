package no.timebok.booking.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.abuse.CsrfCookie;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicContact;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.request.BookingForm;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;

/**
 * Renders the booking form, with what was typed, its errors, the clinic lists and notices; or,
 * while no clinic takes bookings, the notice that booking is not open yet instead of a form
 * whose lists would be empty.
 */
@ApplicationScoped
public class FormPage {

    static final String SHOWN_AT_FIELD = "_shown";
    /** Posts back the version date of the privacy notice the form linked to, so the request records what was shown. */
    static final String PRIVACY_VERSION_FIELD = "privacyVersion";
    private static final String VIEW = "/WEB-INF/views/booking-form.jsp";
    /** The free-times page's servlet, where this deployable has it. */
    private static final String TIMES_SERVLET = "FreeTimes";

    @Inject
    ClinicRepository clinics;

    @Inject
    TimebokConfig config;

    @Inject
    FormTokens tokens;

    @Inject
    CsrfCookie csrf;

    @Inject
    Clock clock;

    /**
     * @param formError message key of an error about the whole form, or null
     * @param shownAt the form's "shown at" token to carry on, or null for a fresh one
     */
    void show(HttpServletRequest request, HttpServletResponse response, int status, BookingForm form,
              Map<String, String> errors, String formError, String shownAt) throws ServletException, IOException {
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        Language language = Language.of(form.language());
        List<Clinic> bookable = clinics.findBookable();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", form.language());
        // The page's texts take the type; EL cannot turn the tag "nb" into Language.NB by itself.
        request.setAttribute("language", language);
        request.setAttribute("open", !bookable.isEmpty());
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("formError", formError);
        request.setAttribute("csrf", csrf.tokenFor(request, response));
        request.setAttribute("shownAt", shownAt == null ? tokens.shownAtToken() : tokens.keepOrRenew(shownAt));
        request.setAttribute("clinics", bookable);
        request.setAttribute("clinicContacts", bookable.stream().map(clinic -> ClinicContact.of(clinic, language)).toList());
        request.setAttribute("visitTypesByClinic", visitTypesByClinic());
        // Only where this deployable has the picking pages.
        request.setAttribute("timesOffered", request.getServletContext().getServletRegistration(TIMES_SERVLET) != null
                && clinics.findBookableVisitTypes().stream().anyMatch(VisitType::offersTimes));
        request.setAttribute("notices", clinics.findNoticesShownOn(today));
        request.setAttribute("maxFreeText", BookingForm.MAX_FREE_TEXT_LENGTH);
        request.setAttribute("freeTextDays", config.freeTextRetention().getDays());
        request.setAttribute("contactMonths", config.contactDataRetention().toTotalMonths());
        request.setAttribute("privacyNoticeUrl", config.value(ConfigKey.PRIVACY_NOTICE_URL));
        request.setAttribute("privacyVersion", config.privacyVersionDate());
        request.setAttribute("today", today);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    /** Whether any clinic takes bookings: before an administrator opens one, a post has nowhere to go. */
    boolean bookingOpen() {
        return !clinics.findBookable().isEmpty();
    }

    private Map<String, List<VisitType>> visitTypesByClinic() {
        Map<String, List<VisitType>> byClinic = new LinkedHashMap<>();
        for (VisitType type : clinics.findBookableVisitTypes()) {
            if (!type.bookingMode().takesRequests()) {
                continue;
            }
            byClinic.computeIfAbsent(type.clinicName(), name -> new ArrayList<>()).add(type);
        }
        return byClinic;
    }
}
