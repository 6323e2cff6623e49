package no.timebok.booking.intake.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Logger;
import no.timebok.booking.abuse.BotCheckFailedException;
import no.timebok.booking.abuse.CsrfCookie;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.abuse.PublicFormGuard;
import no.timebok.booking.intake.BookingIntakeService;
import no.timebok.booking.intake.TransientFailures;
import no.timebok.booking.request.BookingForm;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.RateLimitedException;
import no.timebok.common.i18n.Language;

/**
 * The public booking form at {@code /}. A valid post redirects to the receipt (post/redirect/get,
 * so a reload does not submit twice). Every other outcome shows the form again with everything
 * that was typed: field errors, a language switch, an expired CSRF token, a bot check or a rate
 * limit.
 */
@WebServlet(name = "BookingForm", urlPatterns = "")
public class BookingFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BookingFormServlet.class.getName());

    @Inject
    transient BookingIntakeService intake;

    @Inject
    transient FormPage page;

    @Inject
    transient FormTokens tokens;

    @Inject
    transient CsrfCookie csrf;

    @Inject
    transient PublicFormGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String language = Language.of(request.getParameter("lang")).tag();
        page.show(request, response, HttpServletResponse.SC_OK, BookingForm.empty(language), Map.of(), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        BookingForm form = read(request);
        String shownAt = request.getParameter(FormPage.SHOWN_AT_FIELD);
        String switchTo = request.getParameter("switchTo");
        if (switchTo != null) {
            page.show(request, response, HttpServletResponse.SC_OK, form.inLanguage(Language.of(switchTo).tag()),
                    Map.of(), null, shownAt);
            return;
        }
        if (!csrf.matches(request)) {
            LOG.warning("Booking form post refused: CSRF token missing or wrong");
            page.show(request, response, HttpServletResponse.SC_FORBIDDEN, form, Map.of(), "error.form.expired", null);
            return;
        }
        try {
            guard.admit(request);
            // After the rate limit, not before: the grid's operation carries this request's context,
            // and a database read before it leaves Payara an entity manager to close twice (the
            // grid operation then fails).
            if (!page.bookingOpen()) {
                LOG.info("Booking form post refused: no clinic takes bookings yet");
                page.show(request, response, HttpServletResponse.SC_CONFLICT, form, Map.of(), null, null);
                return;
            }
            BookingIntakeService.Receipt receipt = submitOnce(form, tokens.formKey(shownAt));
            String lang = Language.of(form.language()) == Language.EN ? "?lang=en" : "";
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + ReceiptServlet.PATH + receipt.receiptToken() + lang);
        } catch (BusinessException refusal) {
            refuse(request, response, form, shownAt, refusal);
        }
    }

    /** The one request of this showing of the form: a second post gets the first one's receipt. */
    private BookingIntakeService.Receipt submitOnce(BookingForm form, String formKey) {
        return TransientFailures.once(() -> intake.submitOnce(form, formKey), () -> intake.earlierReceipt(formKey),
                "Booking form");
    }

    /** The form again, with everything typed and the refusal: beside each field, or above the form. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, BookingForm form, String shownAt,
                        BusinessException refusal) throws ServletException, IOException {
        Map<String, String> errors = refusal instanceof InvalidInputException invalid ? invalid.errors().asMap() : Map.of();
        if (errors.isEmpty()) {
            LOG.warning(() -> "Booking form post refused: " + refusal.getMessage());
        }
        if (refusal instanceof RateLimitedException limited) {
            response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
        }
        // A bot check other than the fill time starts the form's clock again.
        boolean keepShownAt = !(refusal instanceof BotCheckFailedException bot) || bot.sentTooSoon();
        page.show(request, response, refusal.status(), form, errors, errors.isEmpty() ? refusal.messageKey() : null,
                keepShownAt ? shownAt : null);
    }

    private static BookingForm read(HttpServletRequest request) {
        return new BookingForm(request.getParameter("firstName"), request.getParameter("lastName"),
                request.getParameter("phone"), request.getParameter("email"), request.getParameter("nationalId"),
                request.getParameter("clinic"), request.getParameter("visitType"), request.getParameter("earliestDate"),
                request.getParameter("latestDate"), request.getParameter("partOfDay"), request.getParameter("freeText"),
                request.getParameter("newsletter") != null, Language.of(request.getParameter("lang")).tag(),
                request.getParameter(FormPage.PRIVACY_VERSION_FIELD));
    }
}
