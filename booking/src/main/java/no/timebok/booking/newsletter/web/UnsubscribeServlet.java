package no.timebok.booking.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.newsletter.UnsubscribeService;
import no.timebok.booking.newsletter.UnsubscribeLinks;
import no.timebok.common.i18n.Language;

/**
 * The newsletter's unsubscribe address (RFC 8058). A GET only shows a page with a button, because
 * mail scanners and link previews follow every link in a message; the POST unsubscribes. The POST
 * needs no cookie or CSRF token: mail clients send {@code List-Unsubscribe=One-Click} without any,
 * and the random token in the address is itself the proof that the recipient asks. A broken or
 * unknown token gets a friendly 400 page and changes nothing.
 */
@WebServlet(name = "NewsletterUnsubscribe", urlPatterns = UnsubscribeLinks.PATH)
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/WEB-INF/views/unsubscribe.jsp";

    @Inject
    transient UnsubscribeLinks links;

    @Inject
    transient UnsubscribeService unsubscribe;

    @Inject
    transient ClinicRepository clinics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, "confirm");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, "done");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String step) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("t");
        request.setAttribute("lang", Language.of(request.getParameter("lang")).tag());
        Optional<Long> clinic = links.clinicOf(token);
        if (clinic.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.setAttribute("step", "invalid");
        } else {
            if ("done".equals(step)) {
                unsubscribe.unsubscribe(token);
            }
            request.setAttribute("step", step);
            request.setAttribute("token", token);
            request.setAttribute("clinicName", clinics.findBookable(clinic.get()).map(Clinic::name).orElse(""));
        }
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
