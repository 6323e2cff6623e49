package no.timebok.ear.staff;

import java.net.http.HttpResponse;
import java.util.Map;
import no.timebok.ear.TimebokHttp;

/** A browser-like client logged in (or trying to) as one staff member. */
public final class StaffSession {

    private final TimebokHttp http;
    private final String username;
    private final String password;
    private final Authenticator authenticator;

    StaffSession(String username, String password, Authenticator authenticator) {
        this.http = new TimebokHttp();
        this.username = username;
        this.password = password;
        this.authenticator = authenticator;
    }

    public TimebokHttp http() {
        return http;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /** Logs in with both factors; returns the login's answer (a redirect). */
    public HttpResponse<String> logIn() {
        return logIn(password, authenticator.nextCode());
    }

    public HttpResponse<String> logIn(String withPassword, String code) {
        return logIn(http, username, withPassword, code);
    }

    /** Opens the login page (for its CSRF cookie and token) and posts the form, as a browser does. */
    public static HttpResponse<String> logIn(TimebokHttp client, String username, String password, String code) {
        String page = client.get("/staff/login.xhtml").body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF token");
        }
        return client.postForm("/staff/login", Map.of("username", username, "password", password, "code", code,
                "csrf", csrf.group(1)));
    }

    /**
     * Logs in again after a test moved the server's clock past the session's lifetime. The first
     * call at the moved clock ends the expired session, as a browser's next click would. Create the
     * account before moving the clock: a login at a moved clock spends its codes up to that time.
     */
    public void logInAgain() {
        if (get("/api/staff/retention/journal/worklist").statusCode() != 401) {
            http().postForm("/staff/logout", java.util.Map.of());
        }
        if (!succeeded(logIn())) {
            throw new IllegalStateException(username() + " could not log in again");
        }
    }

    /** A login succeeded when it leads to a role's start page, not back to login or to setup. */
    public static boolean succeeded(HttpResponse<String> login) {
        String location = login.headers().firstValue("Location").orElse("");
        return login.statusCode() == 302 && (location.endsWith("/staff/queue.xhtml")
                || location.endsWith("/staff/admin/setup.xhtml") || location.endsWith("/staff/privacy/access-log.xhtml")
                || location.endsWith("/staff/home.xhtml"));
    }

    public HttpResponse<String> get(String path) {
        return http.getJson(path);
    }

    public HttpResponse<String> post(String path, String json) {
        return http.postJson(path, json);
    }

    public HttpResponse<String> put(String path, String json) {
        return http.putJson(path, json);
    }

    public HttpResponse<String> delete(String path) {
        return http.delete(path);
    }
}
