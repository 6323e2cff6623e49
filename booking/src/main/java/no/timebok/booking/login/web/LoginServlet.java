package no.timebok.booking.login.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import no.timebok.booking.identity.StaffRole;
import no.timebok.booking.login.StaffAuthenticationMechanism;
import no.timebok.booking.login.StaffCredential;
import no.timebok.booking.login.StaffSessionCookie;

/**
 * Receives the login form. On success it goes to the queue, or to the setup page for an account's
 * first login; on failure back to the login page with one message for every kind of failure.
 */
@WebServlet("/staff/login")
public class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @Inject
    StaffSessionCookie staffSession;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!LoginPage.csrfMatches(request)) {
            // An expired page or a cross-site post: show a fresh login page, and check nothing.
            response.sendRedirect(request.getContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE + "?failed=1");
            return;
        }
        // A login starts from nothing: a session already in this browser (someone else's, or one
        // planted there) would otherwise be applied as it is and the credentials never checked.
        staffSession.end(request, response);
        request.logout();
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        StaffCredential credential = new StaffCredential(request.getParameter("username"),
                request.getParameter("password"), request.getParameter("code"));
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(credential).newAuthentication(true));
        String base = request.getContextPath();
        if (status != AuthenticationStatus.SUCCESS) {
            response.sendRedirect(base + StaffAuthenticationMechanism.LOGIN_PAGE + "?failed=1");
        } else if (request.isUserInRole(StaffRole.SETUP.roleName())) {
            response.sendRedirect(base + "/staff/setup.xhtml");
        } else {
            response.sendRedirect(base + startPage(request));
        }
    }

    /** Where each role's work starts; only reception works with patients' requests. */
    private static String startPage(HttpServletRequest request) {
        if (request.isUserInRole(StaffRole.RECEPTION.roleName())) {
            return "/staff/queue.xhtml";
        }
        if (request.isUserInRole(StaffRole.ADMIN.roleName())) {
            return "/staff/admin/setup.xhtml";
        }
        return request.isUserInRole(StaffRole.PRIVACY.roleName()) ? "/staff/privacy/access-log.xhtml" : "/staff/home.xhtml";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE);
    }
}
