package no.timebok.booking.login.web;

import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffUser;
import no.timebok.booking.identity.StaffUserRepository;

/**
 * The container's 403 (a logged-in user beyond their role, refused by a web.xml constraint) as a
 * security event, then a plain answer: JSON for the API, a short page otherwise. Reached only as
 * the error page, never directly.
 */
@WebServlet(name = "AccessDenied", urlPatterns = AccessDeniedServlet.PATH)
public class AccessDeniedServlet extends HttpServlet {

    static final String PATH = "/error/denied";
    private static final long serialVersionUID = 1L;

    @Inject
    SecurityEventLog events;

    @Inject
    StaffUserRepository users;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object deniedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (deniedUri == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Principal caller = request.getUserPrincipal();
        Long staffUserId = caller == null ? null : users.findByUsername(caller.getName()).map(StaffUser::id).orElse(null);
        events.record(SecurityEvent.Kind.ACCESS_DENIED, staffUserId, null, String.valueOf(deniedUri));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setCharacterEncoding("UTF-8");
        if (String.valueOf(deniedUri).startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"https://timebok.no/problems/forbidden\",\"title\":\"Not allowed\","
                    + "\"status\":403,\"detail\":\"Your role does not give access to this address.\"}");
        } else {
            request.getRequestDispatcher("/WEB-INF/views/denied.jsp").include(request, response);
        }
    }
}
