package no.timebok.ear.booking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.ear.Deployments;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class BookingFormIT {

    private final TimebokHttp http = new TimebokHttp();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.timebokEar();
    }

    private static Map<String, String> validForm(String lastName, String freeText) {
        Map<String, String> form = new HashMap<>();
        form.put("firstName", "Kari");
        form.put("lastName", lastName);
        form.put("phone", "912 34 567");
        form.put("clinic", "2");
        form.put("freeText", freeText);
        return form;
    }

    @Test
    void formPageListsTheClinicsFromTheDatabase() {
        HttpResponse<String> page = http.get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("C-Medical IVF-klinikken"), page.body());
        assertTrue(page.body().contains("<label for=\"freeText\">"));
    }

    @Test
    void validPostStoresExactlyOneRequestAndTheReceiptShowsItsReference() throws Exception {
        String lastName = "Nordmann-" + UUID.randomUUID();

        HttpResponse<String> posted = http.postForm("/", validForm(lastName, "Vondt i kneet etter fotball ⚽"));

        assertEquals(303, posted.statusCode());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/receipt/[A-Za-z0-9_-]{22}"), location);
        String token = location.substring("/receipt/".length());
        List<Map<String, Object>> rows = TestDatabase.query(
                "SELECT reference, phone_e164, clinic_id, status FROM booking_request WHERE last_name = ?", lastName);
        assertEquals(1, rows.size());
        assertEquals("+4791234567", rows.get(0).get("phone_e164"));
        assertEquals("NEW", rows.get(0).get("status"));
        String reference = (String) rows.get(0).get("reference");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE receipt_token = ?", token));

        HttpResponse<String> receipt = http.get(location);
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains(reference), receipt.body());
        assertTrue(reference.matches("TB-[0-9A-Z]{4}-[0-9A-Z]{2}"), reference);
        assertEquals("no-store", receipt.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(receipt.body().contains("kneet"), "the receipt never shows the free text");
    }

    @Test
    void invalidPostStoresNothingAndShowsTheErrorBesideTheFieldKeepingWhatWasTyped() throws Exception {
        String lastName = "Feil-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Trenger time for kontroll");
        form.put("phone", "12");
        long before = TestDatabase.count("SELECT COUNT(*) FROM booking_request");

        HttpResponse<String> page = http.postForm("/", form);

        assertEquals(400, page.statusCode());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM booking_request"));
        String body = page.body();
        assertTrue(body.contains("id=\"phone-error\""), body);
        assertTrue(body.contains("Mobilnummeret er ikke gyldig"), body);
        assertTrue(body.contains("aria-describedby=\"phone-hint phone-error\""), body);
        assertTrue(body.contains("href=\"#phone\""), "the error summary links to the field");
        assertTrue(body.contains("value=\"" + lastName + "\""), "the typed last name is kept");
        assertTrue(body.contains("Trenger time for kontroll"), "the typed free text is kept");
        assertTrue(body.contains("value=\"12\""), "the typed phone is kept");
    }

    @Test
    void typedMarkupIsShownInertWhenTheFormComesBack() {
        Map<String, String> form = validForm("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        form.put("clinic", "");

        HttpResponse<String> page = http.postForm("/", form);

        assertEquals(400, page.statusCode());
        assertFalse(page.body().contains("<script>alert(1)</script>"));
        assertFalse(page.body().contains("<img src=x"));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void freeTextIsStoredEncryptedAndOpensOnlyWithTheConfiguredKey() throws Exception {
        String lastName = "Kryptert-" + UUID.randomUUID();
        String secret = "Hemmelig helseopplysning " + UUID.randomUUID();

        HttpResponse<String> posted = http.postForm("/", validForm(lastName, secret));

        assertEquals(303, posted.statusCode());
        Map<String, Object> row = TestDatabase.query(
                "SELECT receipt_token, free_text_sealed FROM booking_request WHERE last_name = ?", lastName).get(0);
        byte[] sealed = (byte[]) row.get("free_text_sealed");
        String raw = new String(sealed, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Hemmelig"), "no plain text in the stored value");
        FieldCipher cipher = FieldCipher.withKeyset(Path.of(System.getProperty("timebok.it.keyset")));
        assertEquals(secret, cipher.open(sealed, "booking_request.free_text/" + row.get("receipt_token")));
        assertArrayEquals(sealed, (byte[]) TestDatabase.query(
                "SELECT free_text_sealed FROM booking_request WHERE last_name = ?", lastName).get(0).get("free_text_sealed"));
    }

    @Test
    void unknownReceiptTokenIsNotFound() {
        assertEquals(404, http.get("/receipt/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, http.get("/receipt/not-a-token").statusCode());
    }
}
