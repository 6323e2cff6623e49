package no.timebok.booking.waitinglist.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.intake.TransientFailures;
import no.timebok.booking.schedule.PatientAppointmentService;
import no.timebok.booking.waitinglist.OfferService;
import no.timebok.booking.waitinglist.WaitingMessages;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;

/**
 * {@code /waiting/offer/<token>}: a freed time offered to a waiting patient. Opening it changes
 * nothing; the patient books the time with the page's POST, which lands on the appointment's page.
 */
@WebServlet(name = "WaitingOffer", urlPatterns = WaitingMessages.OFFER_PATH + "*")
public class WaitingOfferServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OfferService offers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, HttpServletResponse.SC_OK, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String token = token(request);
        try {
            // Run again when the request's drawn reference was taken, as every intake is.
            Optional<String> appointment = TransientFailures.retry(() -> offers.accept(token));
            if (appointment.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String lang = request.getParameter("lang");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PatientAppointmentService.PATH + appointment.get()
                    + "?done=booked" + ("en".equals(lang) ? "&lang=en" : ""));
        } catch (ConflictException refused) {
            boolean lost = "slot-taken".equals(refused.type());
            if (lost) {
                offers.lose(token);
            }
            show(request, response, HttpServletResponse.SC_CONFLICT, lost ? "waiting.offerLost" : refused.messageKey());
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String error)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<OfferService.OfferView> offer = offers.show(token(request));
        if (offer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setStatus(status);
        String requested = request.getParameter("lang");
        request.setAttribute("lang", Language.of(requested == null ? offer.get().language() : requested).tag());
        request.setAttribute("offer", offer.get());
        request.setAttribute("error", error);
        request.getRequestDispatcher("/WEB-INF/views/waiting-offer.jsp").forward(request, response);
    }

    private static String token(HttpServletRequest request) {
        return Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
    }
}
