package no.timebok.ear.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cookie declaration lists every cookie the site sets. The test goes where cookies are set (the
 * form, the staff login, a staff session, a message carried across a redirect) and fails on any
 * cookie the declaration does not list.
 */
@ExtendWith(TimebokDeployment.class)
class CookieDeclarationIT {

    private static final Pattern DECLARED = Pattern.compile("data-cookie=\"([^\"]+)\"");

    private final Set<String> seen = new TreeSet<>();

    @Test
    void everyCookieThePagesSetIsDeclaredInBothLanguages() {
        TimebokHttp patient = new TimebokHttp();
        record(patient.get("/"));
        record(patient.get("/privacy"));
        record(new TimebokHttp().get("/newsletter/subscribe"));
        record(new TimebokHttp().get("/newsletter/confirm?t=not-a-token"));
        StaffSession reception = StaffAccounts.reception(1);
        record(new TimebokHttp().get("/staff/login.xhtml"));
        record(reception.logIn());
        long request = BookingRequests.request().submit().id();
        record(reception.http().get("/staff/request.xhtml?id=" + request));
        // A post from a view the server does not hold: its message crosses the redirect in the flash.
        HttpResponse<String> expired = reception.http().postForm("/staff/request.xhtml?id=" + request, Map.of("notes-form", "notes-form",
                "notes-form:text", "x", "notes-form:add-note", "x", "jakarta.faces.ViewState", "-1:-2"));
        record(expired);
        String back = expired.headers().firstValue("Location").orElseThrow();
        record(reception.http().get(back.substring(back.indexOf("/staff/"))));

        for (String language : new String[] {"", "?lang=en"}) {
            HttpResponse<String> declaration = new TimebokHttp().get("/cookies" + language);
            assertEquals(200, declaration.statusCode());
            Set<String> declared = new TreeSet<>();
            Matcher names = DECLARED.matcher(declaration.body());
            while (names.find()) {
                declared.add(names.group(1));
            }
            assertTrue(seen.containsAll(Set.of("tb_csrf", "tb_login", "JSESSIONID", "tb_staff", "csfcfc")), "the walk met every kind: " + seen);
            assertTrue(declared.containsAll(seen), "seen " + seen + ", declared " + declared);
        }
    }

    private void record(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            HttpCookie.parse("Set-Cookie: " + header).forEach(cookie -> seen.add(cookie.getName()));
        }
    }
}
