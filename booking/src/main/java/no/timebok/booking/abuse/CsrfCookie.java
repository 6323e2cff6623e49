package no.timebok.booking.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public forms' double-submit CSRF token: one cookie ({@value #NAME}, the one the cookie
 * declaration lists) shared by the booking form and the newsletter page, repeated in a hidden field
 * ({@value #FIELD}). No server session is needed, so any node can check a post.
 */
@ApplicationScoped
public class CsrfCookie {

    public static final String NAME = "tb_csrf";

    public static final String FIELD = "_csrf";

    @Inject
    FormTokens tokens;

    /** The token for the page's hidden field: the browser's cookie when it has a well-formed one, else a new cookie. */
    public String tokenFor(HttpServletRequest request, HttpServletResponse response) {
        String existing = cookie(request, NAME);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{22}")) {
            return existing;
        }
        String token = tokens.newCsrfToken();
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        return token;
    }

    /** Whether the post carries the same token in the cookie and in the field (compared in constant time). */
    public boolean matches(HttpServletRequest request) {
        return tokens.csrfMatches(cookie(request, NAME), request.getParameter(FIELD));
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
