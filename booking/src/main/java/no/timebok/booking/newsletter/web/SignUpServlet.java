package no.timebok.booking.newsletter.web;

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
import no.timebok.booking.abuse.PublicFormGuard;
import no.timebok.booking.newsletter.SignUpForm;
import no.timebok.booking.newsletter.SignUpService;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.RateLimitedException;
import no.timebok.common.i18n.Language;

/**
 * The newsletter page at {@code /newsletter/subscribe}, for anyone, patient or not. It has the
 * booking form's defences: the double-submit CSRF cookie, a honeypot, the minimum fill time and
 * the per-client rate limit, because every sign-up sends an email to an address a stranger typed.
 * A valid post redirects to the "check your email" step; any other outcome shows the form again
 * with everything typed. Served by internal nodes only: storing a sign-up means reading addresses.
 */
@WebServlet(name = "NewsletterSignUp", urlPatterns = SignUpServlet.PATH)
public class SignUpServlet extends HttpServlet {

    static final String PATH = "/newsletter/subscribe";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignUpServlet.class.getName());

    @Inject
    transient SignUpService signUps;

    @Inject
    transient SignUpPage page;

    @Inject
    transient CsrfCookie csrf;

    @Inject
    transient PublicFormGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String language = Language.of(request.getParameter("lang")).tag();
        if (request.getParameter("sent") != null) {
            page.showSent(request, response, language);
            return;
        }
        page.show(request, response, HttpServletResponse.SC_OK, SignUpForm.empty(language), Map.of(), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SignUpForm form = new SignUpForm(request.getParameter("name"), request.getParameter("email"),
                request.getParameter("clinic"), Language.of(request.getParameter("lang")).tag());
        String shownAt = request.getParameter(PublicFormGuard.SHOWN_AT_FIELD);
        String switchTo = request.getParameter("switchTo");
        if (switchTo != null) {
            page.show(request, response, HttpServletResponse.SC_OK, form.inLanguage(Language.of(switchTo).tag()), Map.of(), null, shownAt);
            return;
        }
        if (!csrf.matches(request)) {
            LOG.warning("Newsletter sign-up refused: CSRF token missing or wrong");
            page.show(request, response, HttpServletResponse.SC_FORBIDDEN, form, Map.of(), "error.form.expired", null);
            return;
        }
        try {
            guard.admit(request);
            signUps.signUp(form);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PATH + "?sent"
                    + (Language.of(form.language()) == Language.EN ? "&lang=en" : ""));
        } catch (BusinessException refusal) {
            Map<String, String> errors = refusal instanceof InvalidInputException invalid ? invalid.errors().asMap() : Map.of();
            if (errors.isEmpty()) {
                LOG.warning(() -> "Newsletter sign-up refused: " + refusal.getMessage());
            }
            if (refusal instanceof RateLimitedException limited) {
                response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            boolean keepShownAt = !(refusal instanceof BotCheckFailedException bot) || bot.sentTooSoon();
            page.show(request, response, refusal.status(), form, errors, errors.isEmpty() ? refusal.messageKey() : null,
                    keepShownAt ? shownAt : null);
        }
    }
}
