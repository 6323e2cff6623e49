package no.timebok.booking.waitinglist.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import no.timebok.booking.waitinglist.WaitingListService;
import no.timebok.booking.waitinglist.WaitingMessages;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;

/** {@code /waiting/entry/<token>}: the patient's place in line; leaving it is a POST, as mail scanners follow links. */
@WebServlet(name = "WaitingEntry", urlPatterns = WaitingMessages.ENTRY_PATH + "*")
public class WaitingEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient WaitingListService waitingList;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String done = "joined".equals(request.getParameter("done")) ? "joined" : null;
        show(request, response, waitingList.show(token(request)), done);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            show(request, response, waitingList.leave(token(request)), "left");
        } catch (ConflictException booked) {
            show(request, response, waitingList.show(token(request)), null);
        }
    }

    private static void show(HttpServletRequest request, HttpServletResponse response,
                             Optional<WaitingListService.EntryView> entry, String done) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        if (entry.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String requested = request.getParameter("lang");
        request.setAttribute("lang", Language.of(requested == null ? entry.get().language() : requested).tag());
        request.setAttribute("entry", entry.get());
        request.setAttribute("done", done);
        request.getRequestDispatcher("/WEB-INF/views/waiting-entry.jsp").forward(request, response);
    }

    private static String token(HttpServletRequest request) {
        return Optional.ofNullable(request.getPathInfo()).map(p -> p.substring(1)).orElse("");
    }
}
