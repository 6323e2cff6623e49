package no.timebok.booking.selfbooking.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.booking.abuse.BotCheckFailedException;
import no.timebok.booking.abuse.CsrfCookie;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.abuse.PublicFormGuard;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.intake.TransientFailures;
import no.timebok.booking.request.BookingForm;
import no.timebok.booking.schedule.PatientAppointmentService;
import no.timebok.booking.selfbooking.FreeTimes;
import no.timebok.booking.selfbooking.PickedTime;
import no.timebok.booking.selfbooking.SelfBookingService;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.RateLimitedException;
import no.timebok.common.i18n.Language;

/**
 * {@code /times/book}: the details form for a picked time (GET), and booking it (POST). A booked
 * time redirects to the appointment's own page (post/redirect/get). Every other outcome shows the
 * form again with everything typed; a time someone else just took comes back with the nearest
 * free times to pick from instead.
 */
@WebServlet(name = "PickedTime", urlPatterns = PickedTimeServlet.PATH)
public class PickedTimeServlet extends HttpServlet {

    public static final String PATH = "/times/book";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PickedTimeServlet.class.getName());

    @Inject
    transient SelfBookingService booking;

    @Inject
    transient FreeTimes freeTimes;

    @Inject
    transient TimesPage page;

    @Inject
    transient FormTokens tokens;

    @Inject
    transient CsrfCookie csrf;

    @Inject
    transient PublicFormGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Language language = Language.of(request.getParameter("lang"));
        Optional<VisitType> type = booking.offering(request.getParameter("visitType"));
        if (type.isEmpty()) {
            page.showChoice(request, response, HttpServletResponse.SC_NOT_FOUND, language, "times.visitType.unknown");
            return;
        }
        Optional<PickedTime> time = PickedTime.parse(request.getParameter("slot"));
        String week = request.getParameter("week");
        if (time.isEmpty()) {
            page.showWeek(request, response, HttpServletResponse.SC_BAD_REQUEST, type.get(), week, language,
                    "times.slot.required", request.getContextPath() + PATH);
            return;
        }
        if (!freeTimes.offers(type.get(), time.get())) {
            page.showWeek(request, response, HttpServletResponse.SC_CONFLICT, type.get(), week, language, "times.taken",
                    request.getContextPath() + PATH);
            return;
        }
        BookingForm empty = BookingForm.empty(language.tag());
        page.showDetails(request, response, HttpServletResponse.SC_OK, type.get(), time.get(), List.of(),
                withVisitType(empty, type.get()), Map.of(), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        BookingForm form = read(request);
        String shownAt = request.getParameter(PublicFormGuard.SHOWN_AT_FIELD);
        String slot = request.getParameter("slot");
        Optional<VisitType> type = booking.offering(form.visitTypeId());
        if (type.isEmpty()) {
            page.showChoice(request, response, HttpServletResponse.SC_NOT_FOUND, Language.of(form.language()),
                    "times.visitType.unknown");
            return;
        }
        Optional<PickedTime> time = PickedTime.parse(slot);
        String switchTo = request.getParameter("switchTo");
        if (switchTo != null) {
            page.showDetails(request, response, HttpServletResponse.SC_OK, type.get(), time.orElse(null), List.of(),
                    form.inLanguage(Language.of(switchTo).tag()), Map.of(), null, shownAt);
            return;
        }
        if (!csrf.matches(request)) {
            LOG.warning("Picked-time post refused: CSRF token missing or wrong");
            page.showDetails(request, response, HttpServletResponse.SC_FORBIDDEN, type.get(), time.orElse(null), List.of(),
                    form, Map.of(), "error.form.expired", null);
            return;
        }
        try {
            guard.admit(request);
            String token = bookOnce(form, slot, tokens.formKey(shownAt));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PatientAppointmentService.PATH + token + "?done=booked"
                    + (Language.of(form.language()) == Language.EN ? "&lang=en" : ""));
        } catch (BusinessException refusal) {
            refuse(request, response, form, type.get(), time, shownAt, refusal);
        }
    }

    /** The one appointment of this showing of the form: a second post gets the first one's. */
    private String bookOnce(BookingForm form, String slot, String formKey) {
        return TransientFailures.once(() -> booking.book(form, slot, formKey),
                () -> booking.earlierBooking(formKey), "Picked-time form");
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, BookingForm form, VisitType type,
                        Optional<PickedTime> time, String shownAt, BusinessException refusal)
            throws ServletException, IOException {
        Map<String, String> errors = refusal instanceof InvalidInputException invalid ? invalid.errors().asMap() : Map.of();
        if (errors.isEmpty()) {
            LOG.info(() -> "Picked-time post refused: " + refusal.type());
        }
        if (refusal instanceof RateLimitedException limited) {
            response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
        }
        boolean lost = "slot-taken".equals(refusal.type()) && time.isPresent();
        boolean keepShownAt = !(refusal instanceof BotCheckFailedException bot) || bot.sentTooSoon();
        page.showDetails(request, response, refusal.status(), type, lost ? null : time.orElse(null),
                lost ? booking.nearest(type, time.get().start()) : List.of(), form, errors,
                errors.isEmpty() ? refusal.messageKey() : null, keepShownAt ? shownAt : null);
    }

    private static BookingForm withVisitType(BookingForm form, VisitType type) {
        return new BookingForm(form.firstName(), form.lastName(), form.phone(), form.email(), form.nationalId(),
                type.clinicId().toString(), type.id().toString(), null, null, null, form.freeText(), form.newsletter(),
                form.language(), form.privacyVersion());
    }

    private static BookingForm read(HttpServletRequest request) {
        return new BookingForm(request.getParameter("firstName"), request.getParameter("lastName"),
                request.getParameter("phone"), request.getParameter("email"), request.getParameter("nationalId"),
                null, request.getParameter("visitType"), null, null, null, request.getParameter("freeText"),
                request.getParameter("newsletter") != null, Language.of(request.getParameter("lang")).tag(),
                request.getParameter(TimesPage.PRIVACY_VERSION_FIELD));
    }
}
