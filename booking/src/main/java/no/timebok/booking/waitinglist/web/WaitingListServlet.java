package no.timebok.booking.waitinglist.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.booking.abuse.CsrfCookie;
import no.timebok.booking.abuse.FormTokens;
import no.timebok.booking.abuse.PublicFormGuard;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.waitinglist.WaitingListForm;
import no.timebok.booking.waitinglist.WaitingListService;
import no.timebok.booking.waitinglist.WaitingMessages;
import no.timebok.common.error.BusinessException;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.RateLimitedException;
import no.timebok.common.i18n.Language;

/**
 * {@code /waiting?visitType=…}: joining the waiting list for a kind of visit, from its free-times
 * page. A valid post redirects to the entry's own page; anything else shows the form again with
 * everything typed.
 */
@WebServlet(name = "WaitingList", urlPatterns = "/waiting")
public class WaitingListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WaitingListServlet.class.getName());

    @Inject
    transient WaitingListService waitingList;

    @Inject
    transient PublicFormGuard guard;

    @Inject
    transient CsrfCookie csrf;

    @Inject
    transient FormTokens tokens;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        WaitingListForm form = WaitingListForm.empty(request.getParameter("visitType"),
                Language.of(request.getParameter("lang")).tag());
        show(request, response, HttpServletResponse.SC_OK, form, Map.of(), null, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        WaitingListForm form = new WaitingListForm(request.getParameter("visitType"), request.getParameter("firstName"),
                request.getParameter("lastName"), request.getParameter("phone"), request.getParameter("email"),
                request.getParameter("earliestDate"), request.getParameter("latestDate"),
                Language.of(request.getParameter("lang")).tag());
        String shownAt = request.getParameter(PublicFormGuard.SHOWN_AT_FIELD);
        if (!csrf.matches(request)) {
            LOG.warning("Waiting-list post refused: CSRF token missing or wrong");
            show(request, response, HttpServletResponse.SC_FORBIDDEN, form, Map.of(), "error.form.expired", null);
            return;
        }
        try {
            guard.admit(request);
            String token = waitingList.join(form);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + WaitingMessages.ENTRY_PATH + token + "?done=joined"
                    + (Language.of(form.language()) == Language.EN ? "&lang=en" : ""));
        } catch (BusinessException refusal) {
            Map<String, String> errors = refusal instanceof InvalidInputException invalid ? invalid.errors().asMap() : Map.of();
            if (refusal instanceof RateLimitedException limited) {
                response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            show(request, response, refusal.status(), form, errors, errors.isEmpty() ? refusal.messageKey() : null, shownAt);
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, WaitingListForm form,
                      Map<String, String> errors, String formError, String shownAt) throws ServletException, IOException {
        Optional<VisitType> type = waitingList.offering(form.visitTypeId());
        Language language = Language.of(form.language());
        response.setStatus(type.isEmpty() ? HttpServletResponse.SC_NOT_FOUND : status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", language.tag());
        request.setAttribute("language", language);
        request.setAttribute("visitType", type.orElse(null));
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("formError", formError);
        request.setAttribute("csrf", csrf.tokenFor(request, response));
        request.setAttribute("shownAt", shownAt == null ? tokens.shownAtToken() : tokens.keepOrRenew(shownAt));
        request.getRequestDispatcher("/WEB-INF/views/waiting-join.jsp").forward(request, response);
    }
}
