package no.timebok.booking.web;

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
import no.timebok.booking.abuse.ClientAddress;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.abuse.RateLimitExceededException;
import no.timebok.booking.abuse.RateLimits;
import no.timebok.booking.request.BookingForm;
import no.timebok.booking.request.BookingIntakeService;
import no.timebok.booking.request.Languages;
import no.timebok.booking.request.TransientFailures;
import no.timebok.common.validation.InvalidInputException;

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
    /** Named like a field people skip but form-filling bots love; hidden from people and screen readers. */
    static final String HONEYPOT_FIELD = "website";

    @Inject
    transient BookingIntakeService intake;

    @Inject
    transient FormPage page;

    @Inject
    transient FormTokens tokens;

    @Inject
    transient RateLimits rateLimits;

    @Inject
    transient ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String language = Languages.supported(request.getParameter("lang"));
        page.show(request, response, HttpServletResponse.SC_OK, BookingForm.empty(language), Map.of(), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        BookingForm form = read(request);
        String shownAt = request.getParameter(FormPage.SHOWN_AT_FIELD);
        String switchTo = request.getParameter("switchTo");
        if (switchTo != null) {
            page.show(request, response, HttpServletResponse.SC_OK, form.inLanguage(Languages.supported(switchTo)),
                    Map.of(), null, shownAt);
            return;
        }
        if (!tokens.csrfMatches(FormPage.cookie(request, FormPage.CSRF_COOKIE), request.getParameter(FormPage.CSRF_FIELD))) {
            LOG.warning("Booking form post refused: CSRF token missing or wrong");
            page.show(request, response, HttpServletResponse.SC_FORBIDDEN, form, Map.of(), "error.form.expired", null);
            return;
        }
        try {
            if (!isBlank(request.getParameter(HONEYPOT_FIELD))) {
                throw new BotCheckFailedException("honeypot");
            }
            tokens.requireFilledByPerson(shownAt);
            rateLimits.admitClient(clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
            BookingIntakeService.Receipt receipt = TransientFailures.retry(() -> intake.submit(form));
            String lang = "en".equals(form.language()) ? "?lang=en" : "";
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + ReceiptServlet.PATH + receipt.receiptToken() + lang);
        } catch (InvalidInputException e) {
            page.show(request, response, HttpServletResponse.SC_BAD_REQUEST, form, e.errors().asMap(), null, shownAt);
        } catch (BotCheckFailedException e) {
            LOG.warning(() -> "Booking form post refused: " + e.getMessage());
            page.show(request, response, HttpServletResponse.SC_BAD_REQUEST, form, Map.of(), "error.form.notSent",
                    e.sentTooSoon() ? shownAt : null);
        } catch (RateLimitExceededException e) {
            LOG.warning(() -> "Booking form post refused: " + e.getMessage());
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            page.show(request, response, 429, form, Map.of(), "error.form.tooMany", shownAt);
        }
    }

    private static BookingForm read(HttpServletRequest request) {
        return new BookingForm(request.getParameter("firstName"), request.getParameter("lastName"),
                request.getParameter("phone"), request.getParameter("email"), request.getParameter("nationalId"),
                request.getParameter("clinic"), request.getParameter("visitType"), request.getParameter("earliestDate"),
                request.getParameter("latestDate"), request.getParameter("partOfDay"), request.getParameter("freeText"),
                request.getParameter("newsletter") != null, Languages.supported(request.getParameter("lang")));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
