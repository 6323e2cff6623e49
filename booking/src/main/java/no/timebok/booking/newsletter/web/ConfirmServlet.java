package no.timebok.booking.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.newsletter.SignUpService;
import no.timebok.booking.newsletter.SignUpService.Confirmation;
import no.timebok.common.i18n.Language;

/**
 * The link in a sign-up's confirmation email. A GET only shows a page with a button, because mail
 * scanners and link previews follow every link and must not subscribe anyone; the POST confirms.
 * The random token in the address is the proof that the address's owner asks, so no cookie is
 * needed. An unknown token gets a 400 page and an expired one a 410 page, each saying what to do.
 */
@WebServlet(name = "NewsletterConfirm", urlPatterns = SignUpService.CONFIRM_PATH)
public class ConfirmServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/WEB-INF/views/newsletter-confirm.jsp";

    @Inject
    transient SignUpService signUps;

    @Inject
    transient ClinicRepository clinics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, signUps.check(request.getParameter("t")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, signUps.confirm(request.getParameter("t")));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Confirmation confirmation)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", Language.of(request.getParameter("lang")).tag());
        request.setAttribute("step", confirmation.state().name());
        switch (confirmation.state()) {
            case INVALID -> response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            case EXPIRED -> response.setStatus(HttpServletResponse.SC_GONE);
            case CONFIRMABLE -> request.setAttribute("token", request.getParameter("t"));
            case CONFIRMED -> { }
        }
        request.setAttribute("clinicName", confirmation.clinicId().flatMap(clinics::findBookable).map(Clinic::name).orElse(""));
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
