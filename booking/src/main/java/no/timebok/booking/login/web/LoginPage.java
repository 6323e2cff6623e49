package no.timebok.booking.login.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Backs the login page. The form carries a token that must equal the one in a cookie the page sets
 * (double submit), so another site can't log a browser into an account of its choosing. The token
 * lives in a cookie rather than the session because a session starts only at login: an anonymous
 * visitor costs the server no memory.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String CSRF_COOKIE = "tb_login";
    private static final String COOKIE_PATH = "/staff/";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServletRequest request;

    /** The browser's token when it has one, else a new one set as a cookie. */
    public String getCsrfToken() {
        String existing = cookie(request);
        if (existing != null) {
            return existing;
        }
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Cookie cookie = new Cookie(CSRF_COOKIE, token);
        cookie.setPath(request.getContextPath() + COOKIE_PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse()).addCookie(cookie);
        return token;
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
        String expected = cookie(request);
        String given = request.getParameter("csrf");
        return expected != null && given != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (CSRF_COOKIE.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
