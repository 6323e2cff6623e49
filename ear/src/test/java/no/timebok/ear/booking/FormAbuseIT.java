package no.timebok.ear.booking;

import static no.timebok.ear.booking.FormSession.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public form's defences: each refusal stores nothing, keeps what a person typed, and tells
 * them what to do. The test domain allows 20 posts per client per 10 minutes and 3 per number a day.
 */
@ExtendWith(TimebokDeployment.class)
class FormAbuseIT {

    private static long stored(String lastName) throws Exception {
        return TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndKeepsTheValues() throws Exception {
        String lastName = "Csrf-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Tekst");

        HttpResponse<String> refused = new TimebokHttp().postForm("/", form);

        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Skjemaet var utløpt"), refused.body());
        assertTrue(refused.body().contains("value=\"" + lastName + "\""));
        assertEquals(0, stored(lastName));
    }

    @Test
    void aFilledHoneypotIsRefused() throws Exception {
        String lastName = "Honning-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Tekst");
        form.put("website", "http://spam.example");

        HttpResponse<String> refused = new FormSession().show("nb").post(form);

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("Vi kunne ikke ta imot skjemaet"), refused.body());
        assertEquals(0, stored(lastName));
    }

    @Test
    void aFormSentBackFasterThanAPersonCouldFillItIsRefused() throws Exception {
        FormSession session = new FormSession().show("nb");
        String lastName = "Rask-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Tekst");
        String csrf = session.lastPage.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
        String shown = session.lastPage.replaceAll("(?s).*name=\"_shown\" value=\"([^\"]*)\".*", "$1");
        form.put("_csrf", csrf);
        form.put("_shown", shown);

        HttpResponse<String> refused = session.http.postForm("/", form);

        assertEquals(400, refused.statusCode());
        assertEquals(0, stored(lastName));
        assertTrue(refused.body().contains("value=\"" + shown + "\""), "the original time is kept, so a resend passes");
        assertEquals(303, session.post(form).statusCode(), "the same form a moment later is accepted");
        assertEquals(1, stored(lastName));
    }

    @Test
    void aPhoneNumberGetsThreeRequestsADayThenA429WithRetryAfter() throws Exception {
        String phone = TestData.uniqueMobile();
        for (int i = 0; i < 3; i++) {
            Map<String, String> form = validForm("Telefon-" + UUID.randomUUID(), "Tekst");
            form.put("phone", phone);
            assertEquals(303, new FormSession().show("nb").post(form).statusCode());
        }
        String lastName = "Telefon-" + UUID.randomUUID();
        Map<String, String> fourth = validForm(lastName, "Tekst");
        fourth.put("phone", phone);

        HttpResponse<String> limited = new FormSession().show("nb").post(fourth);

        assertEquals(429, limited.statusCode());
        assertTrue(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(limited.body().contains("for mange forespørsler"), limited.body());
        assertTrue(limited.body().contains("value=\"" + lastName + "\""), "what was typed is kept");
        assertEquals(0, stored(lastName));
    }

    @Test
    void oneClientGetsTwentyPostsThenA429() throws Exception {
        FormSession session = new FormSession(new TimebokHttp("2001:db8::20:20")).show("en");
        for (int i = 0; i < 20; i++) {
            Map<String, String> form = validForm("Klient-" + UUID.randomUUID(), "Text");
            form.put("lang", "en");
            assertEquals(303, session.post(form).statusCode(), "post " + (i + 1));
        }
        String lastName = "Klient-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Text");
        form.put("lang", "en");

        HttpResponse<String> limited = session.post(form);

        assertEquals(429, limited.statusCode());
        assertTrue(limited.body().contains("too many requests"), limited.body());
        assertEquals(0, stored(lastName));
    }
}
