package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import no.timebok.ear.TimebokHttp;

/**
 * Staff accounts made the way a clinic makes them: the first administrator from configuration sets
 * itself up, then creates accounts, and each account sets itself up at its first login. The
 * administrator is set up once per test run, since the database outlives each test class.
 */
public final class StaffAccounts {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static StaffSession admin;

    private StaffAccounts() {
    }

    /**
     * The first administrator, logged in. A server restart (the chaos and restart tests) ends every
     * session, so the administrator logs in again when its session is gone.
     */
    public static synchronized StaffSession admin() {
        if (admin == null) {
            admin = setUp(System.getProperty("timebok.it.adminUser", "admin"),
                    System.getProperty("timebok.it.adminOneTimePassword"));
        } else if (admin.get("/api/staff/admin/users").statusCode() == 401) {
            assertTrue(StaffSession.succeeded(admin.logIn()), "the administrator logs in again");
        }
        return admin;
    }

    /** A new account that has not logged in yet: its one-time password. */
    public static String createWithoutSetup(String username, String oneTimePassword, List<String> roles, List<Long> clinicIds) {
        HttpResponse<String> created = admin().post("/api/staff/admin/users", account(username, oneTimePassword, roles, clinicIds));
        assertEquals(201, created.statusCode(), created.body());
        return oneTimePassword;
    }

    public static String uniqueUsername() {
        return "staff" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + "-"
                + Long.toString(System.nanoTime() % 100000, 36);
    }

    /** A new account with these roles ("reception", "admin", "privacy") at these clinics, set up and logged in. */
    public static StaffSession create(List<String> roles, List<Long> clinicIds) {
        String username = uniqueUsername();
        String oneTimePassword = "one-time-" + Long.toString(System.nanoTime(), 36) + "-x";
        createWithoutSetup(username, oneTimePassword, roles, clinicIds);
        return setUp(username, oneTimePassword);
    }

    static String account(String username, String oneTimePassword, List<String> roles, List<Long> clinicIds) {
        return Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Test " + username)
                .add("oneTimePassword", oneTimePassword)
                .add("roles", Json.createArrayBuilder(roles))
                .add("clinicIds", Json.createArrayBuilder(clinicIds))
                .build().toString();
    }

    public static StaffSession reception(long clinicId) {
        return create(List.of("reception"), List.of(clinicId));
    }

    /** First login with the one-time password, enrolment, new password, and a real login. */
    static StaffSession setUp(String username, String oneTimePassword) {
        TimebokHttp http = new TimebokHttp();
        HttpResponse<String> first = StaffSession.logIn(http, username, oneTimePassword, "");
        assertEquals("/staff/setup.xhtml", path(first), "a first login leads to setup only");
        HttpResponse<String> enrolment = http.getJson("/api/staff/setup/totp");
        assertEquals(200, enrolment.statusCode(), enrolment.body());
        JsonObject totp = Json.createReader(new StringReader(enrolment.body())).readObject();
        Authenticator app = new Authenticator(totp.getString("secretBase32"));
        String newPassword = "correct horse battery " + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> done = http.postJson("/api/staff/setup", Json.createObjectBuilder()
                .add("newPassword", newPassword).add("repeatPassword", newPassword).add("code", app.nextCode())
                .build().toString());
        assertEquals(204, done.statusCode(), done.body());
        StaffSession session = new StaffSession(username, newPassword, app);
        HttpResponse<String> login = session.logIn();
        assertTrue(StaffSession.succeeded(login), "login after setup: " + login.statusCode() + " " + login.headers().map());
        return session;
    }

    static String path(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElse("");
        return location.replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
    }
}
