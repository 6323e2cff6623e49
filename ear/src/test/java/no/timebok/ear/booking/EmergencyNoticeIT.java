package no.timebok.ear.booking;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The booking form is not for emergencies, and a patient in acute need must not wait for a callback:
 * every public page, in both languages, says so first and gives 113 and the out-of-hours number.
 * Its footer links the privacy notice and the cookie declaration.
 */
@ExtendWith(TimebokDeployment.class)
class EmergencyNoticeIT {

    @Test
    void everyPublicPageNamesTheEmergencyNumbersInItsLanguage() throws Exception {
        BookingRequests.Submitted request = BookingRequests.request().submit();
        String token = (String) TestDatabase.query("SELECT receipt_token FROM booking_request WHERE id = ?", request.id())
                .get(0).get("receipt_token");
        List<Executable> checks = new ArrayList<>();
        for (String page : List.of("/", "/privacy", "/receipt/" + token, "/no-such-page", "/appointment/not-a-token",
                "/newsletter/unsubscribe?t=not-a-token")) {
            checks.add(() -> assertNotice(page, new TimebokHttp().get(page), "Ikke for akutt hjelp"));
            String english = page + (page.contains("?") ? "&" : "?") + "lang=en";
            checks.add(() -> assertNotice(english, new TimebokHttp().get(english), "Not for emergencies"));
        }
        checks.add(() -> assertNotice("PUT /", HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(TimebokHttp.baseUrl() + "/"))
                .header("X-Forwarded-For", "2001:db8::113").PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()), "Ikke for akutt hjelp"));

        assertAll(checks);
    }

    private static void assertNotice(String page, HttpResponse<String> answer, String title) {
        String body = answer.body();
        assertTrue(body.contains(title), page + " (" + answer.statusCode() + "): " + body);
        assertTrue(body.contains("href=\"tel:113\"") && body.contains("href=\"tel:116117\""), page + ": " + body);
        assertTrue(body.indexOf("id=\"emergency\"") < body.indexOf("<h1"), page + ": the notice comes first");
        assertTrue(body.contains("id=\"footer-privacy\"") && body.contains("id=\"footer-cookies\""),
                page + ": the footer links the privacy notice and the cookie declaration");
    }
}
