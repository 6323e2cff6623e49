package no.timebok.ear.platform;

import static no.timebok.ear.platform.RawHttp.attributes;
import static no.timebok.ear.platform.RawHttp.setCookie;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TestData;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.api.ApiClients;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the HTTP layer promises outside the application's features: cookies with exactly the
 * attributes meant, no server session before a staff login, Secure cookies and HSTS behind a TLS
 * proxy, and Timebok's own answer for every error the container raises.
 */
@ExtendWith(TimebokDeployment.class)
class HttpHardeningIT {

    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern PRODUCT = Pattern.compile("payara|glassfish|grizzly|6\\.2025|jsp/|servlet/\\d",
            Pattern.CASE_INSENSITIVE);

    @Test
    void theCsrfCookieCarriesOneSameSiteStrict() {
        HttpResponse<String> form = new RawHttp().get("/");

        String csrf = setCookie(form, "tb_csrf");
        assertNotNull(csrf, RawHttp.setCookies(form).toString());
        assertEquals(List.of("strict"), sameSite(csrf), csrf);
        assertTrue(has(csrf, "HttpOnly"), csrf);
        assertFalse(has(csrf, "Secure"), "no Secure over plain HTTP: " + csrf);
    }

    @Test
    void theSessionStartsAtLoginWithOneSameSiteLax() {
        StaffSession staff = StaffAccounts.reception(1);
        RawHttp browser = new RawHttp();

        HttpResponse<String> login = logIn(browser, staff);

        assertTrue(StaffSession.succeeded(login), login.headers().toString());
        String session = setCookie(login, "JSESSIONID");
        assertNotNull(session, RawHttp.setCookies(login).toString());
        assertEquals(List.of("lax"), sameSite(session), session);
        assertTrue(has(session, "HttpOnly"), session);
        assertFalse(has(session, "Secure"), "no Secure over plain HTTP: " + session);
        String staffLogin = setCookie(login, "tb_staff");
        assertNotNull(staffLogin, RawHttp.setCookies(login).toString());
        assertEquals(List.of("lax"), sameSite(staffLogin), staffLogin);
        assertTrue(has(staffLogin, "HttpOnly"), staffLogin);
        assertTrue(attributes(staffLogin).stream().map(a -> a.toLowerCase(Locale.ROOT))
                .noneMatch(a -> a.startsWith("max-age") || a.startsWith("expires")), "gone when the browser closes: " + staffLogin);
        RawHttp.setCookies(login).forEach(cookie -> assertTrue(sameSite(cookie).size() <= 1, cookie));
    }

    @Test
    void publicPagesCreateNoSession() {
        String receipt = "/receipt/" + receiptToken();
        // A new client for each page, as a bot sending one request per session would be.
        List<HttpResponse<String>> pages = List.of(
                new RawHttp().get("/"),
                new RawHttp().get("/?lang=en"),
                new RawHttp().get("/privacy"),
                new RawHttp().get(receipt),
                new RawHttp().get("/receipt/AAAAAAAAAAAAAAAAAAAAAA"),
                new RawHttp().get("/no-such-page"),
                new RawHttp().postForm("/", Map.of("firstName", "Kari")),
                new RawHttp().get("/staff/login.xhtml"),
                new RawHttp().get("/staff/queue.xhtml"),
                new RawHttp().get("/messaging/no-such-page"));

        assertEquals(200, pages.get(3).statusCode(), "the receipt itself is shown");
        assertAll(pages.stream().map(page -> () -> assertNull(setCookie(page, "JSESSIONID"),
                page.request().method() + " " + page.uri() + " started a session")));
    }

    @Test
    void behindATlsProxyCookiesAreSecureAndResponsesCarryHsts() {
        RawHttp proxied = new RawHttp().with("X-Forwarded-Proto", "https");

        HttpResponse<String> form = proxied.get("/");
        HttpResponse<String> login = logIn(proxied, StaffAccounts.reception(1));
        HttpResponse<String> messaging = proxied.get("/messaging/no-such-page");

        assertTrue(hstsSeconds(form) >= 180L * 24 * 3600, "HSTS for at least half a year: " + form.headers());
        assertTrue(hstsSeconds(messaging) >= 180L * 24 * 3600, "the messaging WAR too: " + messaging.headers());
        String csrf = setCookie(form, "tb_csrf");
        assertNotNull(csrf, RawHttp.setCookies(form).toString());
        assertTrue(has(csrf, "Secure"), csrf);
        assertTrue(StaffSession.succeeded(login), login.headers().toString());
        assertTrue(login.headers().firstValue("Strict-Transport-Security").isPresent(), login.headers().toString());
        String session = setCookie(login, "JSESSIONID");
        assertNotNull(session, RawHttp.setCookies(login).toString());
        assertTrue(has(session, "Secure"), session);
        assertTrue(has(setCookie(login, "tb_staff"), "Secure"), RawHttp.setCookies(login).toString());
    }

    @Test
    void overPlainHttpThereIsNoHsts() {
        HttpResponse<String> form = new RawHttp().get("/");

        assertEquals(200, form.statusCode());
        assertFalse(form.headers().firstValue("Strict-Transport-Security").isPresent(), form.headers().toString());
    }

    @Test
    void errorsTheContainerRaisesGetTimeboksOwnAnswer() {
        RawHttp client = new RawHttp();
        assertAll(
                () -> ownPage(client.send("PUT", "/", "text/plain", "x"), 405),
                () -> ownPage(client.send("DELETE", "/privacy", null, null), 405),
                () -> ownPage(client.send("PUT", "/receipt/AAAAAAAAAAAAAAAAAAAAAA", "text/plain", "x"), 405),
                () -> ownPage(client.get("/messaging/no-such-page"), 404),
                () -> ownPage(client.send("PUT", "/messaging/callbacks/sveve/inbound", "text/plain", "x"), 405),
                () -> ownPage(client.get("/static/no-such.css"), 404),
                () -> ownProblem(client.send("POST", "/api/booking-requests", "text/plain", "hello"), 415),
                () -> ownProblem(client.send("PUT", "/api/booking-requests", "application/json", "{}"), 405),
                () -> ownProblem(client.get("/api/no-such-resource"), 404));
    }

    @Test
    void aDeeplyNestedBodyIsMalformedAndAnOversizedOneTooLarge() {
        RawHttp client = new RawHttp();
        client.with("Authorization", "Bearer " + ApiClients.testKey());
        String deep = "{\"firstName\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String oversized = "{\"firstName\":\"" + "x".repeat(200 * 1024) + "\"}";

        ownProblem(client.send("POST", "/api/booking-requests", "application/json", deep), 400);
        ownProblem(client.send("POST", "/api/booking-requests", "application/json", oversized), 413);
    }

    private static void ownPage(HttpResponse<String> response, int status) {
        String what = response.request().method() + " " + response.uri() + ": " + response.headers() + "\n" + response.body();
        assertEquals(status, response.statusCode(), what);
        assertFalse(PRODUCT.matcher(response.body()).find(), "names the product: " + what);
        assertFalse(PRODUCT.matcher(response.headers().map().toString()).find(), "names the product: " + what);
        assertTrue(response.body().contains("– Timebok</title>"), "Timebok's own page: " + what);
    }

    private static void ownProblem(HttpResponse<String> response, int status) {
        String what = response.request().method() + " " + response.uri() + ": " + response.headers() + "\n" + response.body();
        assertEquals(status, response.statusCode(), what);
        assertFalse(PRODUCT.matcher(response.body() + response.headers().map()).find(), "names the product: " + what);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], what);
        assertEquals(status, Json.createReader(new StringReader(response.body())).readObject().getInt("status"), what);
    }

    /** Opens the login page and posts it, as a browser does. */
    private static HttpResponse<String> logIn(RawHttp browser, StaffSession staff) {
        HttpResponse<String> page = browser.get("/staff/login.xhtml");
        Matcher csrf = LOGIN_CSRF.matcher(page.body());
        assertTrue(csrf.find(), page.body());
        return browser.postForm("/staff/login", Map.of("username", staff.username(), "password", staff.password(),
                "code", staff.authenticator().nextCode(), "csrf", csrf.group(1)));
    }

    private static String receiptToken() {
        String json = Json.createObjectBuilder()
                .add("firstName", "Kari").add("lastName", "Nordmann").add("clinicId", 1).add("visitTypeId", 12)
                .add("phone", TestData.uniqueMobile()).add("partOfDay", "ANY").add("freeText", "Kontroll")
                .add("language", "nb").build().toString();
        HttpResponse<String> created = ApiClients.partner().postJson("/api/booking-requests", json);
        assertEquals(201, created.statusCode(), created.body());
        return Json.createReader(new StringReader(created.body())).readObject().getString("receiptToken");
    }

    /** The values of every SameSite attribute of a raw Set-Cookie, lower-cased. */
    private static List<String> sameSite(String setCookie) {
        return attributes(setCookie).stream()
                .filter(a -> a.toLowerCase(Locale.ROOT).startsWith("samesite"))
                .map(a -> a.substring(a.indexOf('=') + 1).strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static long hstsSeconds(HttpResponse<?> response) {
        Matcher maxAge = Pattern.compile("max-age=(\\d+)")
                .matcher(response.headers().firstValue("Strict-Transport-Security").orElse(""));
        return maxAge.find() ? Long.parseLong(maxAge.group(1)) : -1;
    }

    private static boolean has(String setCookie, String flag) {
        return attributes(setCookie).stream().anyMatch(a -> a.equalsIgnoreCase(flag));
    }
}
