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

import no.timebok.ear.api.ApiClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Text that cannot be stored as typed (a lone surrogate, NUL) is refused beside its field, through
 * the form and the API alike, and nothing is stored: it used to be stored as {@code ?} or a stray
 * letter, and NUL as it came.
 */
@ExtendWith(TimebokDeployment.class)
class UnusableCharactersIT {

    private static final String API = "/api/booking-requests";
    private static final String FORM_MESSAGE = "Feltet inneholder tegn som ikke kan lagres";
    private static final String CODE = "error.text.unusableCharacters";
    private static final String API_MESSAGE = "The field contains characters that cannot be stored";

    @Test
    void theFormRefusesALoneSurrogateSentAsBytesThatAreNotUtf8() throws Exception {
        String lastName = "Surrogat-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "unused");
        form.remove("freeText");
        FormSession session = new FormSession().show("nb");

        // U+D800 written as if it were a character: ED A0 80, which no UTF-8 decoder may accept.
        HttpResponse<String> page = session.post(form, "&freeText=Vondt%20i%20kneet%20%ED%A0%80");

        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"freeText-error\""), page.body());
        assertTrue(page.body().contains(FORM_MESSAGE), page.body());
        assertEquals(0, stored(lastName));
    }

    @Test
    void theFormRefusesNulInTheFreeText() throws Exception {
        String lastName = "Nul-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Vondt\u0000i kneet");

        HttpResponse<String> page = new FormSession().show("nb").post(form);

        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"freeText-error\""), page.body());
        assertTrue(page.body().contains(FORM_MESSAGE), page.body());
        assertEquals(0, stored(lastName));
    }

    @Test
    void theApiRefusesEscapedLoneSurrogatesAndNulFieldByField() throws Exception {
        String lastName = "ApiSurrogat-" + UUID.randomUUID();
        // Written by hand: a JSON library would not let a lone surrogate through, but a client can.
        String body = "{\"firstName\":\"Ola\\udc00\",\"lastName\":\"" + lastName + "\",\"phone\":\"" + TestData.uniqueMobile()
                + "\",\"clinicId\":1,\"visitTypeId\":12,\"freeText\":\"Kontroll \\ud800 etter\",\"email\":\"a\\u0000@example.no\","
                + "\"language\":\"en\"}";

        HttpResponse<String> refused = ApiClients.partner().postJson(API, body);

        assertEquals(400, refused.statusCode(), refused.body());
        for (String field : new String[] {"firstName", "freeText", "email"}) {
            assertTrue(refused.body().contains("{\"field\":\"" + field + "\",\"code\":\"" + CODE + "\",\"message\":\""
                    + API_MESSAGE), field + ": " + refused.body());
        }
        assertEquals(0, stored(lastName));
    }

    @Test
    void theApiRefusesNulInTheFreeText() throws Exception {
        String lastName = "ApiNul-" + UUID.randomUUID();
        String body = "{\"firstName\":\"Ola\",\"lastName\":\"" + lastName + "\",\"phone\":\"" + TestData.uniqueMobile()
                + "\",\"clinicId\":1,\"visitTypeId\":12,\"freeText\":\"Kontroll\\u0000\",\"language\":\"en\"}";

        HttpResponse<String> refused = ApiClients.partner().postJson(API, body);

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("{\"field\":\"freeText\",\"code\":\"" + CODE + "\",\"message\":\""
                + API_MESSAGE), refused.body());
        assertEquals(0, stored(lastName));
    }

    private static long stored(String lastName) throws java.sql.SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ?", lastName);
    }
}
