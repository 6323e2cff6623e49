package no.timebok.booking.login.web;

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
import java.util.Optional;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.login.OpenLogin;
import no.timebok.booking.login.StaffAuthenticationMechanism;
import no.timebok.booking.login.StaffSessionCookie;
import no.timebok.common.config.TimebokConfig;

/**
 * The absolute session lifetime (12 hours by default): the container's idle timeout alone would let
 * a session that is used now and then live for ever. It also ends sessions of accounts an
 * administrator has changed since they logged in, and of logins ended on another node.
 */
@WebFilter(filterName = "StaffSessionLifetime", urlPatterns = {"/staff/*", "/api/staff/*"})
public class SessionLifetimeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Inject
    SecurityEventLog events;

    @Inject
    StaffSessionCookie staffSession;

    @Inject
    CurrentStaff currentStaff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Object loggedInAt = session == null ? null : session.getAttribute(StaffAuthenticationMechanism.LOGGED_IN_AT);
        if (!(loggedInAt instanceof Instant at) || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        if (at.plus(config.staffSessionLifetime()).isBefore(clock.instant())) {
            end(request, response, session, "?expired=1");
            return;
        }
        // One query per staff request, by primary key: a logout on another node (after a failover,
        // both may hold a session of this login) ends this node's session too, and an account
        // deactivated, changed or reset by an administrator loses its open sessions now, on every
        // node, not when they would expire. The same query reads the member, so the request's
        // CurrentStaff needs none of its own.
        Optional<OpenLogin> login = staffSession.login(request);
        if (login.isEmpty()) {
            end(request, response, session, "?loggedOut=1");
            return;
        }
        if (!login.get().validity().keeps(at)) {
            events.record(SecurityEvent.Kind.SESSION_REVOKED, null, null, request.getRequestURI());
            end(request, response, session, "");
            return;
        }
        StaffMember member = login.get().member();
        // The cookie's login is the session's unless another login in this browser replaced only one
        // of them; then CurrentStaff loads the session's caller itself, as before.
        if (member.username().equals(request.getUserPrincipal().getName())) {
            currentStaff.checkedAs(member);
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, HttpServletResponse response, HttpSession session, String loginQuery)
            throws IOException, ServletException {
        staffSession.end(request, response);
        request.logout();
        session.invalidate();
        if (StaffAuthenticationMechanism.isApi(request)) {
            StaffAuthenticationMechanism.unauthorizedProblem(response);
        } else {
            response.sendRedirect(request.getContextPath() + StaffAuthenticationMechanism.LOGIN_PAGE + loginQuery);
        }
    }
}
