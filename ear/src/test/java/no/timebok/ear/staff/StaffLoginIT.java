package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.clock.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Strong login for staff: deny by default, two factors, lockout, session rules, forced setup. */
@ExtendWith(TimebokDeployment.class)
class StaffLoginIT {

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void anonymousAccessIsRefusedEverywhereUnderStaffAndApiStaff() {
        TimebokHttp anonymous = new TimebokHttp();
        for (String page : List.of("/staff/queue.xhtml", "/staff/request.xhtml?id=1", "/staff/setup.xhtml",
                "/staff/admin/users.xhtml", "/staff/anything-not-yet-built", "/staff/")) {
            HttpResponse<String> answer = anonymous.get(page);
            assertEquals(302, answer.statusCode(), page);
            assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/staff/login.xhtml"), page);
        }
        for (String api : List.of("/api/staff/requests", "/api/staff/requests/1", "/api/staff/requests/1/slots?resource=101",
                "/api/staff/admin/users", "/api/staff/setup/totp", "/api/staff/not-yet-built")) {
            HttpResponse<String> answer = anonymous.getJson(api);
            assertEquals(401, answer.statusCode(), api);
            assertFalse(answer.body().contains("Exception"), api);
        }
        assertEquals(401, anonymous.postJson("/api/staff/requests/1/status", "{\"status\":\"CONTACTED\"}").statusCode());
        assertEquals(401, anonymous.postJson("/api/staff/admin/users", "{}").statusCode());
    }

    @Test
    void theLoginPageItselfAndThePublicFormStayOpen() {
        TimebokHttp anonymous = new TimebokHttp();
        assertEquals(200, anonymous.get("/staff/login.xhtml").statusCode());
        assertEquals(200, anonymous.get("/").statusCode());
    }

    @Test
    void aLoginNeedsTheSecondFactor() {
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession fresh = new StaffSession(reception.username(), passwordOf(reception), reception.authenticator());

        assertFalse(StaffSession.succeeded(fresh.logIn(passwordOf(reception), "")), "no code");
        assertFalse(StaffSession.succeeded(fresh.logIn(passwordOf(reception), "000000")), "a wrong code");
        assertFalse(StaffSession.succeeded(fresh.logIn(passwordOf(reception), reception.authenticator().lastCode())),
                "a code already used (replay)");
        assertTrue(StaffSession.succeeded(fresh.logIn()), "password and a fresh code");
        assertEquals(200, fresh.get("/api/staff/requests").statusCode());
    }

    @Test
    void knownAndUnknownUsersGetTheSameAnswer() {
        StaffSession reception = StaffAccounts.reception(1);
        TimebokHttp client = new TimebokHttp();

        HttpResponse<String> known = StaffSession.logIn(client, reception.username(), "wrong password 123", "123456");
        HttpResponse<String> unknown = StaffSession.logIn(client, "nobody-" + reception.username(), "wrong password 123", "123456");

        assertEquals(known.statusCode(), unknown.statusCode());
        assertEquals(known.headers().firstValue("Location"), unknown.headers().firstValue("Location"));
        assertEquals(known.body(), unknown.body());
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession attacker = new StaffSession(reception.username(), "guess", reception.authenticator());
        for (int attempt = 0; attempt < 5; attempt++) {
            assertFalse(StaffSession.succeeded(attacker.logIn("wrong guess " + attempt, "000000")));
        }

        StaffSession owner = new StaffSession(reception.username(), passwordOf(reception), reception.authenticator());
        assertFalse(StaffSession.succeeded(owner.logIn()), "locked: even the right password and code fail");
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM security_event e JOIN staff_user u ON u.id = e.staff_user_id"
                + " WHERE u.username = ? AND e.kind = 'LOGIN_LOCKED_OUT'", reception.username()) >= 1);

        TestClock.advance(Duration.ofMinutes(16));
        assertTrue(StaffSession.succeeded(owner.logIn()), "the lock ends after its period");
    }

    @Test
    void theSessionStartsAtLoginAndLogoutEndsItOnTheServer() {
        StaffSession reception = StaffAccounts.reception(1);
        TimebokHttp browser = new TimebokHttp();
        browser.get("/staff/login.xhtml");
        assertTrue(browser.cookie("JSESSIONID").isEmpty(), "no session before login, so none to fix on a victim");

        HttpResponse<String> login = StaffSession.logIn(browser, reception.username(), passwordOf(reception),
                reception.authenticator().nextCode());

        assertTrue(StaffSession.succeeded(login));
        assertTrue(browser.cookie("JSESSIONID").isPresent(), "the session starts at login");
        String setCookie = String.join(";", login.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), setCookie);
        assertEquals(200, browser.getJson("/api/staff/requests").statusCode());


        assertEquals(302, browser.postForm("/staff/logout", java.util.Map.of()).statusCode());
        assertEquals(401, browser.getJson("/api/staff/requests").statusCode(), "the old session is gone on the server");
    }

    /**
     * The login is kept in the database too: a node that does not know the browser's session (the
     * node that served it died) takes the login over, and a logout, on whichever node, ends it on all.
     */
    @Test
    void aLoginOutlivesTheServersSessionUntilItIsLoggedOutAnywhere() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        String login = reception.http().cookie("tb_staff").orElseThrow();
        TimebokHttp elsewhere = new TimebokHttp();
        elsewhere.setCookie("tb_staff", login);

        assertEquals(200, elsewhere.getJson("/api/staff/requests").statusCode());
        assertEquals(200, elsewhere.get("/staff/queue.xhtml").statusCode());
        assertFalse(reception.http().cookie("JSESSIONID").equals(elsewhere.cookie("JSESSIONID")), "in a session of its own");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM staff_session s JOIN staff_user u ON u.id = s.staff_user_id"
                + " WHERE u.username = ?", reception.username()), "one login, however many sessions");

        assertEquals(302, elsewhere.postForm("/staff/logout", java.util.Map.of()).statusCode());

        assertEquals(401, reception.get("/api/staff/requests").statusCode(), "the first session ended with the login");
        TimebokHttp replay = new TimebokHttp();
        replay.setCookie("tb_staff", login);
        assertEquals(401, replay.getJson("/api/staff/requests").statusCode(), "a logged-out login is worth nothing");
    }

    @Test
    void noNodeResumesALoginPastItsLifetime() {
        StaffSession reception = StaffAccounts.reception(1);
        TimebokHttp elsewhere = new TimebokHttp();
        elsewhere.setCookie("tb_staff", reception.http().cookie("tb_staff").orElseThrow());

        TestClock.advance(Duration.ofHours(12).plusMinutes(1));

        assertEquals(401, elsewhere.getJson("/api/staff/requests").statusCode());
    }

    /** A login in a browser that is already logged in checks the new credentials and ends the old session. */
    @Test
    void aSecondLoginInALoggedInBrowserIsCheckedAndStartsAfresh() {
        StaffSession reception = StaffAccounts.reception(1);
        TimebokHttp browser = new TimebokHttp();
        browser.get("/staff/login.xhtml");
        assertTrue(StaffSession.succeeded(StaffSession.logIn(browser, reception.username(), passwordOf(reception),
                reception.authenticator().nextCode())));
        String first = browser.cookie("JSESSIONID").orElseThrow();

        // The password fails first, so the code is never checked: last login's code spares this test
        // half a minute's wait for a fresh one.
        HttpResponse<String> wrong = StaffSession.logIn(browser, reception.username(), "not the password",
                reception.authenticator().lastCode());

        assertTrue(wrong.headers().firstValue("Location").orElse("").endsWith("/staff/login.xhtml?failed=1"),
                "a wrong password fails even in a logged-in browser: " + wrong.headers().map());
        assertEquals(401, browser.getJson("/api/staff/requests").statusCode(), "and the old session is over");
        // The account has used every code the server takes now; the next step comes by the clock.
        TestClock.advance(Duration.ofSeconds(30));
        assertTrue(StaffSession.succeeded(StaffSession.logIn(browser, reception.username(), passwordOf(reception),
                reception.authenticator().nextCode())));
        assertFalse(first.equals(browser.cookie("JSESSIONID").orElseThrow()), "a new session, not the old one");
    }

    /** Login CSRF: another site can post the form with a token of its own, but cannot set our cookie. */
    @Test
    void aLoginPostWithoutTheLoginPagesCookieIsRefused() {
        StaffSession reception = StaffAccounts.reception(1);
        String token = new TimebokHttp().get("/staff/login.xhtml").body()
                .replaceAll("(?s).*name=\"csrf\" value=\"([^\"]+)\".*", "$1");
        TimebokHttp crossSite = new TimebokHttp();

        HttpResponse<String> login = crossSite.postForm("/staff/login", java.util.Map.of("username", reception.username(),
                "password", passwordOf(reception), "code", reception.authenticator().nextCode(), "csrf", token));

        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/staff/login.xhtml?failed=1"),
                login.headers().toString());
        assertTrue(crossSite.cookie("JSESSIONID").isEmpty(), "no session for a refused login");
    }

    @Test
    void aSessionEndsTwelveHoursAfterLoginEvenWhenInUse() {
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests").statusCode());

        TestClock.advance(Duration.ofHours(12).plusMinutes(1));

        assertEquals(401, reception.get("/api/staff/requests").statusCode());
    }

    @Test
    void aFirstLoginOpensOnlyTheSetupUntilPasswordAndTotpAreDone() throws Exception {
        String username = StaffAccounts.uniqueUsername();
        String oneTime = StaffAccounts.createWithoutSetup(username, "one-time-password-" + System.nanoTime(), List.of("reception"), List.of(1L));
        TimebokHttp browser = new TimebokHttp();

        HttpResponse<String> first = StaffSession.logIn(browser, username, oneTime, "");

        assertEquals("/staff/setup.xhtml", StaffAccounts.path(first));
        String setupPage = browser.get("/staff/setup.xhtml").body();
        assertTrue(setupPage.contains("<title>Sett opp kontoen din"), "the setup page's own title: " + setupPage);
        assertEquals(403, browser.getJson("/api/staff/requests").statusCode(), "nothing but setup before it is done");
        assertEquals(200, browser.getJson("/api/staff/setup/totp").statusCode());
        HttpResponse<String> weak = browser.postJson("/api/staff/setup", "{\"newPassword\":\"short\",\"repeatPassword\":\"short\",\"code\":\"1\"}");
        assertEquals(400, weak.statusCode(), weak.body());
        assertTrue(weak.body().contains("newPassword"), weak.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM staff_user WHERE username = ? AND must_change_password = TRUE", username));
    }

    @Test
    void adminPagesAndApisNeedTheAdminRole() {
        StaffSession reception = StaffAccounts.reception(1);

        assertEquals(403, reception.get("/api/staff/admin/users").statusCode());
        assertEquals(200, StaffAccounts.admin().get("/api/staff/admin/users").statusCode());
    }

    private static String passwordOf(StaffSession session) {
        return session.password();
    }
}
