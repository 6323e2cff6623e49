package no.timebok.booking.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code tb_staff} cookie that carries a login from node to node. HttpOnly, and SameSite=Lax
 * like the session cookie it stands behind; Secure whenever the request came over TLS.
 */
@ApplicationScoped
public class StaffSessionCookie {

    public static final String NAME = "tb_staff";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    StaffSessionService sessions;

    void write(HttpServletRequest request, HttpServletResponse response, String token) {
        // A browser-session cookie like JSESSIONID: closing the browser on a shared reception
        // computer ends the login there; the row's lifetime ends it everywhere else.
        response.addCookie(cookie(request, token, -1));
    }

    Optional<String> token(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(cookie -> NAME.equals(cookie.getName()) && TOKEN.matcher(cookie.getValue()).matches())
                .map(Cookie::getValue)
                .findFirst();
    }

    /** This browser's login as the database has it, whichever node it was last on; empty once logged out. */
    public Optional<OpenLogin> login(HttpServletRequest request) {
        return token(request).flatMap(sessions::login);
    }

    /** Ends the login on every node: the row goes, and the browser is told to drop the cookie. */
    public void end(HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(token -> {
            sessions.end(token);
            response.addCookie(cookie(request, "", 0));
        });
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        cookie.setMaxAge(maxAge);
        return cookie;
    }
}
