package no.timebok.booking.schedule.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.clinic.ClinicContact;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.schedule.PatientAppointmentService;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;

/**
 * The page behind the link in an appointment message. Opening it changes nothing, because email
 * scanners open links; confirming and cancelling are buttons that POST.
 */
@WebServlet(PatientAppointmentService.PATH + "*")
public class PatientAppointmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PatientAppointmentService appointments;

    @Inject
    transient ClinicRepository clinics;

    /** The move pages, where this deployable has them (an edge node's has not). */
    static final String MOVE_SERVLET = "PatientMove";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // After booking or moving, the page says so; the parameter changes nothing.
        String done = request.getParameter("done");
        show(request, response, appointments.show(token(request)), "booked".equals(done) || "moved".equals(done) ? done : null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String action = String.valueOf(request.getParameter("action"));
        String token = token(request);
        try {
            Optional<PatientAppointmentService.PatientView> result = switch (action) {
                case "confirm" -> appointments.confirm(token);
                case "cancel" -> appointments.cancel(token);
                default -> appointments.show(token);
            };
            show(request, response, result, action);
        } catch (ConflictException refused) {
            show(request, response, appointments.show(token),
                    "appointment-too-late".equals(refused.type()) ? "too-late" : "already-cancelled");
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response,
                             Optional<PatientAppointmentService.PatientView> view, String done)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String requested = request.getParameter("lang");
        Language language = Language.of(requested == null ? view.get().language() : requested);
        request.setAttribute("lang", language.tag());
        // How to reach the clinic, in the page's language, which the link may have changed.
        request.setAttribute("clinic", clinics.find(view.get().clinicId())
                .map(clinic -> ClinicContact.of(clinic, language)).orElse(null));
        request.setAttribute("appointment", view.get());
        request.setAttribute("done", done);
        request.setAttribute("moveLink", view.get().changeable() ? moveLink(request) : null);
        request.getRequestDispatcher("/WEB-INF/views/appointment.jsp").forward(request, response);
    }

    /** Where this appointment's move pages are, when this deployable has them; null on an edge node. */
    private String moveLink(HttpServletRequest request) {
        ServletRegistration move = getServletContext().getServletRegistration(MOVE_SERVLET);
        if (move == null || move.getMappings().isEmpty()) {
            return null;
        }
        String mapping = move.getMappings().iterator().next();
        return request.getContextPath() + mapping.substring(0, mapping.length() - 1) + token(request);
    }

    private static String token(HttpServletRequest request) {
        return Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
    }
}
