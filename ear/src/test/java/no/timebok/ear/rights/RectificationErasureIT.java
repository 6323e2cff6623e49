package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.Deployments;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.retention.FacesForms;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rectification keeps old and new values, sealed, until the contact data's own retention ends;
 * erasure removes the person's data from every table and the outbox at once, except what a legal
 * hold or a legal duty keeps, says which and why, and leaves a receipt without personal data.
 */
@ExtendWith(TimebokDeployment.class)
class RectificationErasureIT {

    private static final String RECTIFY = "/api/staff/privacy/rectifications/";
    private static final String ERASE = "/api/staff/privacy/erasures/";
    private static final long OSLO_ROOM = 101;

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aCorrectionIsAuditedWithOldAndNewValuesUntilTheContactPurgeErasesIt() throws Exception {
        Patients kari = Patients.create("Rett");
        Submitted request = kari.book(1, 12, "Tekst");
        Submitted stranger = Patients.create("Fremmed").book(1, 12, "Tekst");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = kari.rightsRequest(privacy, 1, "RECTIFICATION");

        HttpResponse<String> wrong = privacy.put(RECTIFY + rights, form(stranger.reference(), "", "Ny", "123", "ikke-epost"));
        assertEquals(400, wrong.statusCode(), wrong.body());
        for (String field : List.of("reference", "firstName", "phone", "email")) {
            assertTrue(wrong.body().contains("\"field\":\"" + field + "\""), field + ": " + wrong.body());
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM contact_correction WHERE booking_request_id IN (?, ?)",
                request.id(), stranger.id()), "nothing half-written");

        String newMobile = TestData.uniqueMobile();
        String newName = "Nyberg" + kari.lastName.substring(4);
        HttpResponse<String> corrected = privacy.put(RECTIFY + rights, form(request.reference(), "Karianne", newName, newMobile, "ny@example.com"));

        assertEquals(200, corrected.statusCode(), corrected.body());
        Map<String, Object> row = TestDatabase.query("SELECT first_name, last_name, phone_e164, email FROM booking_request WHERE id = ?",
                request.id()).get(0);
        assertEquals("Karianne", row.get("first_name"));
        assertEquals(newName, row.get("last_name"));
        assertEquals("+47" + newMobile, row.get("phone_e164"));
        Map<String, Object> audit = TestDatabase.query("SELECT before_sealed, after_sealed, rights_request_id FROM contact_correction"
                + " WHERE booking_request_id = ?", request.id()).get(0);
        assertEquals(rights, ((Number) audit.get("rights_request_id")).longValue());
        String sealed = new String((byte[]) audit.get("before_sealed"), StandardCharsets.ISO_8859_1)
                + new String((byte[]) audit.get("after_sealed"), StandardCharsets.ISO_8859_1);
        assertFalse(sealed.contains(kari.lastName) || sealed.contains(newName), "old and new values are sealed");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ? AND action = 'RECTIFIED'", rights));

        // The person is found by the new number now; the export shows both values of the correction.
        long access = Patients.rightsRequest(privacy, 1, "ACCESS", newMobile);
        JsonObject export = Patients.json(privacy.get("/api/staff/privacy/exports/" + access + "/access.json").body());
        JsonObject correction = AccessExportIT.objects(AccessExportIT.objects(export.getJsonArray("bookingRequests")).get(0)
                .getJsonArray("corrections")).get(0);
        assertEquals(kari.lastName, correction.getJsonObject("before").getString("lastName"));
        assertEquals(newName, correction.getJsonObject("after").getString("lastName"));

        TestClock.set(TestClock.now().plus(Duration.ofDays(200)));
        logInAgain(privacy);
        HttpResponse<String> purge = privacy.post("/api/staff/retention/policies/contact-data/runs", "{}");
        assertEquals(200, purge.statusCode(), purge.body());

        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM contact_correction WHERE booking_request_id = ?", request.id()),
                "the audit ends with the contact data it audits");
        assertNull(TestDatabase.query("SELECT last_name FROM booking_request WHERE id = ?", request.id()).get(0).get("last_name"));
        assertTrue(purge.body().contains("contact_correction"), purge.body());
    }

    @Test
    void erasureRemovesThePersonEverywhereExceptWhatAHoldOrTheLawKeepsAndLeavesAReceipt() throws Exception {
        Patients kari = Patients.create("Slett");
        Submitted erased = kari.book(1, 12, "Hemmelig plage");
        Submitted held = kari.book(1, 11, "Under sperre");
        Submitted bergen = kari.book(3, 31, "Bergen beholdes");
        Submitted stranger = Patients.create("Annen").book(1, 12, "Annen pasient");
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests/" + erased.id()).statusCode());
        assertEquals(2, reception.post("/api/staff/requests/" + erased.id() + "/notes", "{\"text\":\"Notat om plagen\"}").statusCode() / 100);
        HttpResponse<String> booked = reception.post("/api/staff/requests/" + erased.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + freeSlot(reception, erased) + "\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        long appointment = Patients.json(booked.body()).getJsonNumber("id").longValue();
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L, 3L));
        long rights = kari.rightsRequest(privacy, 1, "ERASURE");
        assertEquals(200, privacy.put(RECTIFY + rights, form(erased.reference(), "Kari", kari.lastName, kari.mobile, "rettet@example.com")).statusCode());
        HttpResponse<String> hold = privacy.post("/api/staff/retention/holds",
                Json.createObjectBuilder().add("reference", held.reference()).add("reason", "Tilsynssak").build().toString());
        assertEquals(2, hold.statusCode() / 100, hold.body());
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", erased.reference()) > 0);

        HttpResponse<String> answer = privacy.post(ERASE + rights, "{}");

        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, Object> row = TestDatabase.query("SELECT first_name, last_name, phone_e164, email, national_id_sealed,"
                + " free_text_sealed FROM booking_request WHERE id = ?", erased.id()).get(0);
        row.forEach((column, value) -> assertNull(value, column + " erased"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request_note WHERE booking_request_id = ?", erased.id()));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM contact_correction WHERE booking_request_id = ?", erased.id()));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", erased.reference()),
                "gone from the outbox, the reminder with it");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM inbound_message WHERE subject_reference = ?", erased.reference()));
        assertEquals("CANCELLED", TestDatabase.query("SELECT status FROM appointment WHERE id = ?", appointment).get(0).get("status"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM appointment_cell WHERE appointment_id = ?", appointment));

        for (Submitted kept : List.of(held, bergen, stranger)) {
            assertNotNull(TestDatabase.query("SELECT last_name FROM booking_request WHERE id = ?", kept.id()).get(0).get("last_name"),
                    kept.reference() + " is kept whole");
        }
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", held.reference()) > 0,
                "the held request's messages stay");
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ?", erased.id()) > 0);
        assertTrue(TestDatabase.count("SELECT COUNT(*) FROM consent_event WHERE booking_request_id = ?", erased.id()) > 0);

        JsonObject result = Patients.json(answer.body());
        List<JsonObject> kept = AccessExportIT.objects(result.getJsonArray("kept"));
        JsonObject legalHold = kept.stream().filter(k -> k.getString("reason").equals("legal-hold")).findFirst().orElseThrow();
        assertEquals(List.of(held.reference()), legalHold.getJsonArray("references").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        for (String reason : List.of("documentation-of-access", "proof-of-consent", "documentation-of-request")) {
            assertTrue(kept.stream().anyMatch(k -> k.getString("reason").equals(reason)), reason + " in " + result);
        }
        JsonArray erasedRows = result.getJsonArray("erased");
        assertTrue(AccessExportIT.objects(erasedRows).stream().anyMatch(e -> e.getString("category").equals("booking_request.contact")
                && e.getInt("rows") == 1), result.toString());

        long receiptId = result.getJsonNumber("receiptId").longValue();
        Map<String, Object> receipt = TestDatabase.query("SELECT policy, trigger_kind, outcome, rows_json FROM retention_receipt WHERE id = ?",
                receiptId).get(0);
        assertEquals("ERASURE_REQUEST", receipt.get("policy"));
        assertEquals("REQUEST", receipt.get("trigger_kind"));
        assertEquals("SUCCEEDED", receipt.get("outcome"));
        String rows = String.valueOf(receipt.get("rows_json"));
        assertTrue(rows.contains("\"booking_request.contact\":1"), rows);
        for (String personal : List.of(kari.lastName, kari.mobile, kari.email, erased.reference(), held.reference(), "rettet@example.com")) {
            assertFalse(rows.contains(personal), "no personal data in the receipt");
        }
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ? AND action = 'ERASED'", rights));
        assertEquals(403, reception.post(ERASE + rights, "{}").statusCode());
    }

    @Test
    void erasureEndsTheAddressesSubscriptionsAtThatClinicAsUnsubscribingDoes() throws Exception {
        String email = "sletting-" + java.util.UUID.randomUUID() + "@example.no";
        long confirmed = Subscribers.signedUp(1, "Kari Abonnent", email, "CONFIRMED");
        long pending = Subscribers.signedUp(1, "Kari Venter", email, "PENDING");
        long bergen = Subscribers.signedUp(3, "Kari Bergenser", email, "CONFIRMED");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = RightsRequests.register(privacy, 1, "ERASURE", "EMAIL", email,
                LocalDate.ofInstant(TestClock.now(), ZoneId.of("Europe/Oslo")));

        HttpResponse<String> answer = privacy.post(ERASE + rights, "{}");

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("UNSUBSCRIBED/null/null/false", Subscribers.subscriber(confirmed));
        assertEquals("UNSUBSCRIBED/null/null/false", Subscribers.subscriber(pending));
        assertEquals(List.of("true/newsletter-page", "false/rights-request"), Subscribers.subscriberEvents(confirmed),
                "the grant kept as proof, the end recorded");
        assertEquals(List.of(), Subscribers.subscriberEvents(pending), "an unconfirmed sign-up never had the consent");
        assertEquals("CONFIRMED/Kari Bergenser/" + email + "/false", Subscribers.subscriber(bergen), "another clinic's stays");
        JsonObject result = Patients.json(answer.body());
        assertTrue(AccessExportIT.objects(result.getJsonArray("erased")).stream().anyMatch(e ->
                e.getString("category").equals("newsletter_subscriber.contact") && e.getInt("rows") == 2), result.toString());
        assertTrue(AccessExportIT.objects(result.getJsonArray("kept")).stream().anyMatch(k ->
                k.getString("category").equals("newsletter_subscriber_event") && k.getString("reason").equals("proof-of-consent")
                        && k.getInt("rows") == 2), "the grant and the withdrawal: " + result);
    }

    @Test
    void theAnswerOnTheRightsRequestPageLinksTheExportsCorrectsAndErases() throws Exception {
        Patients kari = Patients.create("Side");
        Submitted request = kari.book(1, 12, "Tekst");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = kari.rightsRequest(privacy, 1, "ERASURE");
        String page = Deployments.ANSWER_PAGE + "?id=" + rights;

        HttpResponse<String> opened = privacy.get(page);
        assertEquals(200, opened.statusCode(), opened.body());
        for (String link : List.of("/api/staff/privacy/exports/" + rights + "/access.json",
                "/staff/privacy/export.xhtml?id=" + rights + "&amp;lang=en", "/api/staff/privacy/exports/" + rights + "/portability.json")) {
            assertTrue(opened.body().contains(link), link);
        }
        String id = String.valueOf(rights);
        HttpResponse<String> refused = FacesForms.click(privacy, page, "rights-answer", "rectify",
                Map.of("rightsRequestId", id, "reference", request.reference(), "firstName", "", "lastName", "Ny", "phone", "", "email", ""));
        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Skriv fornavnet ditt."), "the form's own message next to the field");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM contact_correction WHERE booking_request_id = ?", request.id()));

        HttpResponse<String> unconfirmed = FacesForms.click(privacy, page, "rights-answer", "erase", Map.of("rightsRequestId", id));
        assertTrue(unconfirmed.body().contains("Bekreft slettingen"), "an erasure needs its confirmation ticked");
        assertEquals(kari.lastName,
                TestDatabase.query("SELECT last_name FROM booking_request WHERE id = ?", request.id()).get(0).get("last_name"),
                "and without it nothing is erased");

        HttpResponse<String> erased = FacesForms.click(privacy, page, "rights-answer", "erase",
                Map.of("rightsRequestId", id, "confirmErase", "on"));

        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("id=\"erasure-answer\""), erased.body());
        assertTrue(erased.body().contains("dokumentasjon av hvem som har lest opplysningene"), "the reasons, in words");
        assertNull(TestDatabase.query("SELECT last_name FROM booking_request WHERE id = ?", request.id()).get(0).get("last_name"));
    }

    private static String form(String reference, String firstName, String lastName, String phone, String email) {
        return Json.createObjectBuilder().add("reference", reference).add("firstName", firstName).add("lastName", lastName)
                .add("phone", phone).add("email", email).build().toString();
    }

    private static String freeSlot(StaffSession reception, Submitted request) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        HttpResponse<String> answer = reception.get("/api/staff/requests/" + request.id() + "/slots?resource=" + OSLO_ROOM
                + "&from=" + day + "&days=1");
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new java.io.StringReader(answer.body())).readArray().getJsonObject(0).getString("start");
    }

    /** After the server's clock moved past the session lifetime, as the retention tests do. */
    private static void logInAgain(StaffSession member) {
        if (member.get("/api/staff/privacy/rights-requests").statusCode() != 401) {
            member.http().postForm("/staff/logout", Map.of());
        }
        assertTrue(StaffSession.succeeded(member.logIn()), "logs in again");
    }
}
