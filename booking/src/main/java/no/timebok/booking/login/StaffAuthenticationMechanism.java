package no.timebok.booking.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.platform.http.ClientAddress;

/**
 * Staff login for the booking WAR. A login is checked only when {@link LoginServlet} asks for it with
 * a {@link StaffCredential}; afterwards the session carries the caller ({@code @AutoApplySession}).
 * A protected request whose node does not know its session (that node died, or the load balancer
 * moved the caller) is resumed from the {@code tb_staff} cookie's login in the database. Any other
 * anonymous request to a protected page is sent to the login page, and to a protected API gets a
 * 401 problem; public pages pass untouched.
 */
@ApplicationScoped
@AutoApplySession
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/staff/login.xhtml";
    public static final String LOGGED_IN_AT = "timebok.staff.logged-in-at";

    @Inject
    LoginService logins;

    @Inject
    ClientAddress clientAddress;

    @Inject
    StaffSessionService sessions;

    @Inject
    StaffSessionCookie cookie;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() instanceof StaffCredential credential) {
            return login(request, context, credential);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        Optional<StaffSessionService.Resumed> resumed = cookie.token(request).flatMap(sessions::resume);
        if (resumed.isPresent()) {
            startSession(request, resumed.get().loggedInAt());
            return context.notifyContainerAboutLogin(resumed.get().username(), resumed.get().groups());
        }
        if (isApi(request)) {
            return unauthorizedProblem(response);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, StaffCredential credential) {
        String client = clientAddress.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        Optional<LoginService.LoggedIn> loggedIn = logins.login(credential.username(), credential.password(),
                credential.code(), client);
        if (loggedIn.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Instant now = clock.instant();
        startSession(request, now);
        cookie.write(request, context.getResponse(), sessions.open(loggedIn.get().username(), now));
        return context.notifyContainerAboutLogin(loggedIn.get().username(), loggedIn.get().groups());
    }

    /** A new session id at login: an id planted before login (session fixation) is worth nothing. */
    private static void startSession(HttpServletRequest request, Instant loggedInAt) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(LOGGED_IN_AT, loggedInAt);
    }

    public static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    public static AuthenticationStatus unauthorizedProblem(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"https://timebok.no/problems/unauthenticated\",\"title\":\"Log in first\","
                    + "\"status\":401,\"detail\":\"This address is for logged-in staff.\"}");
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
