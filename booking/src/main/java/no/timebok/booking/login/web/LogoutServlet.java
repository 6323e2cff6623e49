package no.timebok.booking.login.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import no.timebok.booking.login.StaffAuthenticationMechanism;
import no.timebok.booking.login.StaffSessionCookie;

/**
 * Ends the login on the server, on every node, not just in the browser. A POST, so a link can't log
 * anyone out.
 */
@WebServlet("/staff/logout")
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffSessionCookie staffSession;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        staffSession.end(request, response);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=1");
    }
}
