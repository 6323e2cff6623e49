package no.timebok.ear.booking;

import static no.timebok.ear.booking.FormSession.validForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public form as a patient uses it, in both languages, checked in the pages and the database. */
@ExtendWith(TimebokDeployment.class)
class BookingFormIT {

    @Test
    void formListsClinicsAndTheirVisitTypesAndStatesTheRetentionPromise() {
        HttpResponse<String> page = new TimebokHttp().get("/");

        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<html lang=\"nb\">"), "Norwegian by default");
        assertTrue(body.contains("C-Medical IVF-klinikken"), body);
        assertTrue(body.contains("<optgroup label=\"C-Medical IVF-klinikken\">"), body);
        assertTrue(body.contains("Sædanalyse"), body);
        assertTrue(body.contains("slettes automatisk etter 21 dager, og kontaktopplysningene etter 5 måneder"), body);
        assertTrue(body.contains("href=\"/privacy\""), body);
        assertTrue(body.contains("<span class=\"optional\">(valgfritt)</span>"), "the national ID is marked optional");
        assertFalse(body.contains("name=\"newsletter\" value=\"yes\" checked"), "the newsletter box starts unticked");
    }

    @Test
    void validPostStoresExactlyOneRequestAndTheReceiptShowsItsReference() throws Exception {
        String lastName = "Nordmann-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Vondt i kneet etter fotball ⚽");
        form.put("earliestDate", LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(3).toString());

        HttpResponse<String> posted = new FormSession().show("nb").post(form);

        assertEquals(303, posted.statusCode(), posted.body());
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/receipt/[A-Za-z0-9_-]{22}"), location);
        List<Map<String, Object>> rows = TestDatabase.query("SELECT reference, phone_e164, clinic_id, visit_type_id,"
                + " preferred_part_of_day, status, language FROM booking_request WHERE last_name = ?", lastName);
        assertEquals(1, rows.size());
        Map<String, Object> row = rows.get(0);
        assertEquals("+47" + form.get("phone"), row.get("phone_e164"));
        assertEquals(21L, ((Number) row.get("visit_type_id")).longValue());
        assertEquals("MORNING", row.get("preferred_part_of_day"));
        assertEquals("NEW", row.get("status"));
        String reference = (String) row.get("reference");
        assertTrue(reference.matches("TB-[0-9A-Z]{4}-[0-9A-Z]{2}"), reference);

        HttpResponse<String> receipt = new TimebokHttp().get(location);
        assertEquals(200, receipt.statusCode());
        assertTrue(receipt.body().contains(reference), receipt.body());
        assertEquals("no-store", receipt.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(receipt.body().contains("kneet"), "the receipt never shows the free text");
    }

    @Test
    void theRequestRecordsThePrivacyNoticeVersionTheFormLinkedAndNoVersionThatCannotHaveBeenShown() throws Exception {
        FormSession shown = new FormSession().show("nb");
        java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"privacyVersion\" value=\"([0-9-]{10})\"")
                .matcher(shown.lastPage);
        assertTrue(field.find(), "the form carries the version its notice link names");
        String current = field.group(1);
        assertTrue(shown.lastPage.contains("v=" + current), shown.lastPage);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> older = validForm("Eldre-" + tag, "Tekst");
        older.put("privacyVersion", "2020-01-01");
        Map<String, String> junk = validForm("Tull-" + tag, "Tekst");
        junk.put("privacyVersion", "2999-01-01'--");

        assertEquals(303, shown.post(validForm("Vist-" + tag, "Tekst")).statusCode());
        assertEquals(303, new FormSession().show("nb").post(older).statusCode());
        assertEquals(303, new FormSession().show("nb").post(junk).statusCode(), "a bad version never refuses a booking");

        assertEquals(current, privacyVersion("Vist-" + tag));
        assertEquals("2020-01-01", privacyVersion("Eldre-" + tag));
        assertEquals(current, privacyVersion("Tull-" + tag), "what was never a version is recorded as the current one");
        long id = TestDatabase.count("SELECT id FROM booking_request WHERE last_name = ?", "Eldre-" + tag);
        var reception = no.timebok.ear.staff.StaffAccounts.reception(2);
        assertTrue(reception.get("/api/staff/requests/" + id).body().contains("\"privacyVersion\":\"2020-01-01\""));
        String page = reception.get("/staff/request.xhtml?id=" + id).body();
        assertTrue(page.contains("id=\"privacy-version\">2020-01-01<"), page);
    }

    private static String privacyVersion(String lastName) throws Exception {
        return String.valueOf(TestDatabase.query("SELECT privacy_version FROM booking_request WHERE last_name = ?", lastName)
                .get(0).get("privacy_version"));
    }

    @Test
    void invalidPostStoresNothingAndShowsEachErrorBesideItsFieldKeepingWhatWasTyped() throws Exception {
        String lastName = "Feil-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Trenger time for kontroll");
        form.put("phone", "12");
        form.put("nationalId", "01010112345");
        form.put("visitType", "11");
        long before = TestDatabase.count("SELECT COUNT(*) FROM booking_request");
        long messagesBefore = TestDatabase.count("SELECT COUNT(*) FROM outbox_message");

        HttpResponse<String> page = new FormSession().show("nb").post(form);

        assertEquals(400, page.statusCode());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM booking_request"));
        assertEquals(messagesBefore, TestDatabase.count("SELECT COUNT(*) FROM outbox_message"), "no message without a booking");
        String body = page.body();
        assertTrue(body.contains("id=\"phone-error\""), body);
        assertTrue(body.contains("Mobilnummeret er ikke gyldig"), body);
        assertTrue(body.contains(" aria-describedby=\"phone-hint phone-error\" aria-invalid=\"true\">"), body);
        assertTrue(body.contains("Fødselsnummeret er ikke gyldig"), body);
        assertTrue(body.contains("finnes ikke ved klinikken du har valgt"), "visit type 11 belongs to another clinic");
        assertTrue(body.contains("href=\"#phone\"") && body.contains("href=\"#nationalId\""), "the summary links to each field");
        assertTrue(body.contains("value=\"" + lastName + "\""), "the typed last name is kept");
        assertTrue(body.contains("Trenger time for kontroll"), "the typed free text is kept");
        assertTrue(body.contains("value=\"12\""), "the typed phone is kept");
        assertTrue(body.contains("value=\"01010112345\""), "the typed national ID is kept");
    }

    @Test
    void englishPageAndErrorsAndTheLanguageSwitchKeepsWhatWasTyped() throws Exception {
        FormSession session = new FormSession().show("en");
        assertTrue(session.lastPage.contains("<html lang=\"en\">"));
        assertTrue(session.lastPage.contains("aria-label=\"Change the language to Norwegian\""), "the switch is named in the page's language");
        assertTrue(new FormSession().show("nb").lastPage.contains("aria-label=\"Bytt språk til engelsk\""), "also on the Norwegian page");
        assertTrue(session.lastPage.contains("Book an appointment"));
        String lastName = "Switch-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Tekst som skal bli med");
        form.put("lang", "en");
        form.put("switchTo", "nb");
        long before = TestDatabase.count("SELECT COUNT(*) FROM booking_request");

        HttpResponse<String> switched = session.post(form);

        assertEquals(200, switched.statusCode());
        assertTrue(switched.body().contains("<html lang=\"nb\">"), "switched to Norwegian");
        assertTrue(switched.body().contains("value=\"" + lastName + "\""), "typed values survive the switch");
        assertTrue(switched.body().contains("Tekst som skal bli med"));
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM booking_request"), "switching stores nothing");

        form.remove("switchTo");
        form.put("freeText", "");
        form.put("lang", "en");
        HttpResponse<String> errors = session.post(form);
        assertEquals(400, errors.statusCode());
        assertTrue(errors.body().contains("Briefly write what your request is about."), errors.body());
    }

    @Test
    void theConfirmationIsQueuedWithTheRequestBySmsOrElseByEmailAndCarriesNoHealthInformation() throws Exception {
        String bySms = "Sms-" + UUID.randomUUID();
        String byEmail = "Epost-" + UUID.randomUUID();
        Map<String, String> smsForm = validForm(bySms, "Blødning etter inngrep");
        Map<String, String> emailForm = validForm(byEmail, "Blødning etter inngrep");
        emailForm.remove("phone");
        emailForm.put("email", "pasient@example.no");
        emailForm.put("lang", "en");

        assertEquals(303, new FormSession().show("nb").post(smsForm).statusCode());
        assertEquals(303, new FormSession().show("en").post(emailForm).statusCode());

        String outbox = "SELECT o.kind, o.channel, o.recipient, o.language, o.fields_json, o.state FROM outbox_message o"
                + " JOIN booking_request b ON b.reference = o.subject_reference WHERE b.last_name = ?";
        List<Map<String, Object>> sms = TestDatabase.query(outbox, bySms);
        assertEquals(1, sms.size(), "exactly one confirmation");
        assertEquals("REQUEST_RECEIVED", sms.get(0).get("kind"));
        assertEquals("SMS", sms.get(0).get("channel"));
        assertEquals("+47" + smsForm.get("phone"), sms.get(0).get("recipient"));
        // Queued with the booking; already on its way when an earlier test class left a gateway peer running.
        Object state = sms.get(0).get("state");
        assertTrue(List.of("QUEUED", "SENDING", "SENT", "DELIVERED").contains(state), String.valueOf(state));
        String fields = String.valueOf(sms.get(0).get("fields_json"));
        assertTrue(fields.contains("TB-") && fields.contains("C-Medical IVF-klinikken"), fields);
        assertFalse(fields.contains("Blødning"), "no free text in a message");
        List<Map<String, Object>> email = TestDatabase.query(outbox, byEmail);
        assertEquals(1, email.size());
        assertEquals("EMAIL", email.get(0).get("channel"));
        assertEquals("en", email.get(0).get("language"));
    }

    @Test
    void typedMarkupIsShownInertWhenTheFormComesBack() {
        Map<String, String> form = validForm("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
        form.put("clinic", "");

        HttpResponse<String> page = new FormSession().show("nb").post(form);

        assertEquals(400, page.statusCode());
        assertFalse(page.body().contains("<script>alert(1)</script>"));
        assertFalse(page.body().contains("<img src=x"));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void freeTextAndNationalIdAreStoredEncryptedAndOpenOnlyWithTheConfiguredKey() throws Exception {
        String lastName = "Kryptert-" + UUID.randomUUID();
        String secret = "Hemmelig helseopplysning " + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, secret);
        form.put("nationalId", "150145 " + validIndividualAndControl("150145"));

        HttpResponse<String> posted = new FormSession().show("nb").post(form);

        assertEquals(303, posted.statusCode(), posted.body());
        Peers.await(Duration.ofSeconds(60), "the request's values rewrapped under the keyset", () -> rewrapped(lastName));
        Map<String, Object> row = TestDatabase.query("SELECT receipt_token, free_text_sealed, national_id_sealed"
                + " FROM booking_request WHERE last_name = ?", lastName).get(0);
        byte[] freeText = (byte[]) row.get("free_text_sealed");
        byte[] nationalId = (byte[]) row.get("national_id_sealed");
        assertFalse(new String(freeText, StandardCharsets.ISO_8859_1).contains("Hemmelig"), "no plain free text");
        assertFalse(new String(nationalId, StandardCharsets.ISO_8859_1).contains("150145"), "no plain national ID");
        Path keyset = Path.of(System.getProperty("timebok.it.keyset"));
        String token = (String) row.get("receipt_token");
        FieldCipher staffSide = FieldCipher.withKeyset(keyset);
        assertEquals(secret, staffSide.open(freeText, "booking_request.free_text/" + token));
        assertEquals(form.get("nationalId").replace(" ", ""), staffSide.open(nationalId, "booking_request.national_id/" + token));
        assertThrows(RuntimeException.class, () -> IntakeSeal.sealingOnly(keyset.resolveSibling(TimebokConfig.INTAKE_PUBLIC_FILE))
                .open(freeText, "booking_request.free_text/" + token), "the intake's public key opens nothing");
    }

    private static boolean rewrapped(String lastName) {
        try {
            return TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE last_name = ? AND intake_sealed = FALSE", lastName) == 1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void newsletterConsentIsRecordedOnlyWithAnEmail() throws Exception {
        String lastName = "Nyhetsbrev-" + UUID.randomUUID();
        Map<String, String> form = validForm(lastName, "Kontroll");
        form.put("newsletter", "yes");

        HttpResponse<String> refused = new FormSession().show("nb").post(form);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"newsletter-error\""), refused.body());

        form.put("email", "kari.nordmann@example.no");
        HttpResponse<String> posted = new FormSession().show("nb").post(form);
        assertEquals(303, posted.statusCode(), posted.body());
        List<Map<String, Object>> consents = TestDatabase.query("SELECT c.purpose, c.granted, c.channel, c.text_version"
                + " FROM consent_event c JOIN booking_request b ON b.id = c.booking_request_id WHERE b.last_name = ?", lastName);
        assertEquals(1, consents.size());
        assertEquals("NEWSLETTER", consents.get(0).get("purpose"));
        assertEquals("booking-form", consents.get(0).get("channel"));
    }

    @Test
    void clinicNoticesShowOnlyWithinTheirDates() throws Exception {
        String current = "Aktuell melding " + UUID.randomUUID();
        String expired = "Utløpt melding " + UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        try {
            TestDatabase.update("INSERT INTO clinic_notice (clinic_id, title_nb, title_en, body_nb, body_en, shown_from, shown_until)"
                    + " VALUES (1, ?, 'Current', 'Tekst', 'Text', ?, ?), (1, ?, 'Expired', 'Tekst', 'Text', ?, ?)",
                    current, today.minusDays(1), today.plusDays(1), expired, today.minusDays(10), today.minusDays(1));

            String body = new TimebokHttp().get("/").body();

            assertTrue(body.contains(current), body);
            assertFalse(body.contains(expired));
        } finally {
            TestDatabase.update("DELETE FROM clinic_notice WHERE title_nb IN (?, ?)", current, expired);
        }
    }

    @Test
    void privacyNoticeStatesTheConfiguredPeriods() {
        HttpResponse<String> page = new TimebokHttp().get("/privacy?lang=en");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("deleted automatically after 21 days"), page.body());
    }

    @Test
    void unknownReceiptTokenIsNotFound() {
        assertEquals(404, new TimebokHttp().get("/receipt/AAAAAAAAAAAAAAAAAAAAAA").statusCode());
        assertEquals(404, new TimebokHttp().get("/receipt/not-a-token").statusCode());
    }

    /** Individual number and control digits that make a valid number with this date part. */
    private static String validIndividualAndControl(String datePart) {
        for (int individual = 600; individual < 700; individual++) {
            for (int control = 0; control < 100; control++) {
                String candidate = datePart + individual + String.format("%02d", control);
                if (no.timebok.common.validation.NationalIdNumbers.isValid(candidate)) {
                    return candidate.substring(6);
                }
            }
        }
        throw new IllegalStateException("no valid number for " + datePart);
    }
}
