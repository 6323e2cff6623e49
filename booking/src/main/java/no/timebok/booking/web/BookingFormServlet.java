package no.timebok.booking.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.request.BookingForm;
import no.timebok.booking.request.BookingIntakeService;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.validation.InvalidInputException;

/**
 * The public booking form at {@code /}. A valid post redirects to the receipt (post/redirect/get,
 * so a reload does not submit twice); an invalid one shows the form again with every value kept.
 */
@WebServlet(name = "BookingForm", urlPatterns = "")
public class BookingFormServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/WEB-INF/views/booking-form.jsp";

    @Inject
    transient BookingIntakeService intake;

    @Inject
    transient ClinicRepository clinics;

    @Inject
    transient TimebokConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        show(request, response, new BookingForm(null, null, null, null, null), Map.of());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        BookingForm form = new BookingForm(request.getParameter("firstName"), request.getParameter("lastName"),
                request.getParameter("phone"), request.getParameter("clinic"), request.getParameter("freeText"));
        try {
            BookingIntakeService.Receipt receipt = intake.submit(form);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + ReceiptServlet.PATH + receipt.receiptToken());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(request, response, form, e.errors().asMap());
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, BookingForm form,
                      Map<String, String> errors) throws ServletException, IOException {
        request.setAttribute("form", form);
        request.setAttribute("errors", errors);
        request.setAttribute("clinics", clinics.findBookable());
        request.setAttribute("maxFreeText", BookingForm.MAX_FREE_TEXT_LENGTH);
        request.setAttribute("freeTextDays", config.freeTextRetention().getDays());
        request.setAttribute("contactMonths", config.contactDataRetention().toTotalMonths());
        request.setAttribute("privacyNoticeUrl", config.value(ConfigKey.PRIVACY_NOTICE_URL));
        request.getRequestDispatcher(VIEW).forward(request, response);
    }
}
