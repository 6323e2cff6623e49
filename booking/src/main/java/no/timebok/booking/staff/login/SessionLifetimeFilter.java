package no.timebok.booking.staff.login;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import no.timebok.common.config.TimebokConfig;

/**
 * The absolute session lifetime (12 hours by default): the container's idle timeout alone would let
 * a session that is used now and then live for ever.
 */
@WebFilter(filterName = "StaffSessionLifetime", urlPatterns = {"/staff/*", "/api/staff/*"})
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object loggedInAt = session == null ? null : session.getAttribute(StaffAuthenticationMechanism.LOGGED_IN_AT);
        if (loggedInAt instanceof Instant at && at.plus(config.staffSessionLifetime()).isBefore(clock.instant())) {
            request.logout();
            session.invalidate();
            if (StaffAuthenticationMechanism.isApi(request)) {
                StaffAuthenticationMechanism.unauthorizedProblem(response);
            } else {
                response.sendRedirect(request.getContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE + "?expired=1");
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
