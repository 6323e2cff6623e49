package no.timebok.booking.selfbooking.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.schedule.AppointmentTime;
import no.timebok.booking.schedule.PatientAppointmentService;
import no.timebok.booking.selfbooking.FreeTimes;
import no.timebok.booking.selfbooking.PatientMoveService;
import no.timebok.booking.selfbooking.PickedTime;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;

/**
 * {@code /move/<token>}: the patient picks another time for their appointment (a week of free
 * times, as when booking), confirms it on a page of its own, and only that POST moves it, since
 * mail scanners follow links.
 */
@WebServlet(name = "PatientMove", urlPatterns = PatientMoveServlet.PATH + "*")
public class PatientMoveServlet extends HttpServlet {

    public static final String PATH = "/move/";
    private static final long serialVersionUID = 1L;

    @Inject
    transient PatientMoveService moves;

    @Inject
    transient FreeTimes freeTimes;

    @Inject
    transient TimesPage page;

    @Inject
    transient TimebokConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String token = token(request);
        Optional<PatientMoveService.Movable> movable = moves.find(token);
        if (movable.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = Language.of(Optional.ofNullable(request.getParameter("lang")).orElse(movable.get().language()));
        if (!movable.get().allowed()) {
            confirm(request, response, HttpServletResponse.SC_CONFLICT, movable.get(), null, language, "appointment.tooLate");
            return;
        }
        Optional<PickedTime> to = PickedTime.parse(request.getParameter("slot"));
        String action = request.getContextPath() + PATH + token;
        if (to.isPresent() && freeTimes.offers(movable.get().type(), to.get())) {
            confirm(request, response, HttpServletResponse.SC_OK, movable.get(), to.get(), language, null);
        } else {
            page.showWeek(request, response, to.isPresent() ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_OK,
                    movable.get().type(), request.getParameter("week"), language, to.isPresent() ? "times.taken" : null, action);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String token = token(request);
        Optional<PatientMoveService.Movable> movable = moves.find(token);
        Optional<PickedTime> to = PickedTime.parse(request.getParameter("slot"));
        if (movable.isEmpty() || to.isEmpty()) {
            response.sendError(movable.isEmpty() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Language language = Language.of(Optional.ofNullable(request.getParameter("lang")).orElse(movable.get().language()));
        try {
            moves.move(token, to.get());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PatientAppointmentService.PATH + token + "?done=moved"
                    + (language == Language.EN ? "&lang=en" : ""));
        } catch (ConflictException refused) {
            if ("slot-taken".equals(refused.type())) {
                page.showWeek(request, response, HttpServletResponse.SC_CONFLICT, movable.get().type(), null, language,
                        "times.taken", request.getContextPath() + PATH + token);
            } else {
                confirm(request, response, HttpServletResponse.SC_CONFLICT, movable.get(), null, language, refused.messageKey());
            }
        }
    }

    /** The page that asks before moving: from which time to which, and one button that POSTs. */
    private void confirm(HttpServletRequest request, HttpServletResponse response, int status,
                         PatientMoveService.Movable movable, PickedTime to, Language language, String error)
            throws ServletException, IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        request.setAttribute("lang", language.tag());
        request.setAttribute("from", AppointmentTime.format(movable.start(), config.zone(), language));
        request.setAttribute("to", to == null ? null : AppointmentTime.format(to.start(), config.zone(), language));
        request.setAttribute("slot", to == null ? null : to.value());
        request.setAttribute("back", request.getContextPath() + PatientAppointmentService.PATH + token(request));
        request.setAttribute("error", error);
        request.getRequestDispatcher("/WEB-INF/views/move-confirm.jsp").forward(request, response);
    }

    private static String token(HttpServletRequest request) {
        return Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
    }
}
