package no.timebok.booking.login.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Backs the login page. The form carries a token kept in the pre-login session, so another site
 * can't log a browser into an account of its choosing; the session id itself is replaced at login.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String CSRF_ATTRIBUTE = "timebok.staff.login-csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    public String getCsrfToken() {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(CSRF_ATTRIBUTE);
        if (token == null) {
            byte[] bits = new byte[16];
            RANDOM.nextBytes(bits);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
            session.setAttribute(CSRF_ATTRIBUTE, token);
        }
        return (String) token;
    }

    public boolean isFailed() {
        return request.getParameter("failed") != null;
    }

    public boolean isLoggedOut() {
        return request.getParameter("loggedOut") != null;
    }

    public boolean isExpired() {
        return request.getParameter("expired") != null;
    }

    public boolean isSetUp() {
        return request.getParameter("setUp") != null;
    }

    static boolean csrfMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CSRF_ATTRIBUTE);
        String given = request.getParameter("csrf");
        return expected instanceof String e && given != null
                && MessageDigest.isEqual(e.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
