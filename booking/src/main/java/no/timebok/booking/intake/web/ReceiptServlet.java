package no.timebok.booking.intake.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.clinic.ClinicContact;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.intake.ReceiptService;
import no.timebok.common.i18n.Language;

/**
 * The receipt at {@code /receipt/<token>}. The token is 128 random bits; the page shows the
 * reference, the clinic and how to reach it, and what happens next; never what the patient wrote.
 * It is not cached.
 */
@WebServlet(name = "Receipt", urlPatterns = ReceiptServlet.PATH + "*")
public class ReceiptServlet extends HttpServlet {

    static final String PATH = "/receipt/";
    private static final long serialVersionUID = 1L;

    @Inject
    transient ReceiptService receipts;

    @Inject
    transient ClinicRepository clinics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
        Optional<ReceiptService.Receipt> booking = receipts.find(token);
        if (booking.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String requested = request.getParameter("lang");
        Language language = requested == null ? booking.get().language() : Language.of(requested);
        request.setAttribute("lang", language.tag());
        request.setAttribute("reference", booking.get().reference());
        request.setAttribute("clinicName", booking.get().clinicName());
        request.setAttribute("clinic", clinics.find(booking.get().clinicId())
                .map(clinic -> ClinicContact.of(clinic, language)).orElse(null));
        request.getRequestDispatcher("/WEB-INF/views/receipt.jsp").forward(request, response);
    }
}
