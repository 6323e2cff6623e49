package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.lastReceiptId;
import static no.timebok.ear.retention.RetentionFixtures.message;
import static no.timebok.ear.retention.RetentionFixtures.receiptsAfter;
import static no.timebok.ear.retention.RetentionFixtures.request;
import static no.timebok.ear.retention.RetentionFixtures.requestRow;
import static no.timebok.ear.retention.RetentionRunsIT.oslo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The retention API and pages with real staff logins: what each role may do, the clinic wall, dry
 * runs that change nothing, runs now with their receipts, and a purged request read back through
 * the database, the staff page and the staff API.
 */
@ExtendWith(TimebokDeployment.class)
class RetentionStaffIT {

    private static final String API = StaffApi.BASE;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @BeforeAll
    static void startUpRunsDone() throws Exception {
        RetentionState.awaitStartUpRuns();
    }

    @AfterEach
    void realTime() throws SQLException {
        TestClock.reset();
        RetentionState.releaseLocks();
    }

    @Test
    void anonymousIsRefusedReceptionWorksTheJournalListOnlyAndAdminAndPrivacyDoEverything() {
        TimebokHttp anonymous = new TimebokHttp();
        for (String path : List.of(API + "/receipts", API + "/holds", API + "/journal/worklist", API + "/policies/free-text/dry-run")) {
            HttpResponse<String> refused = anonymous.getJson(path);
            assertEquals(401, refused.statusCode(), path);
            assertFalse(refused.body().contains("FREE_TEXT"), refused.body());
        }
        assertEquals(401, anonymous.postJson(API + "/policies/free-text/runs", "{}").statusCode());
        assertEquals(401, anonymous.postJson(API + "/holds", "{\"reference\":\"TB-AAAA-AA\",\"reason\":\"x\"}").statusCode());
        assertEquals(302, anonymous.get("/staff/retention.xhtml").statusCode(), "pages send strangers to the login");
        assertEquals(302, anonymous.get("/staff/worklist.xhtml").statusCode());

        StaffSession reception = StaffAccounts.reception(1);
        for (String path : List.of(API + "/receipts", API + "/holds", API + "/policies/correspondence/dry-run")) {
            assertEquals(403, reception.get(path).statusCode(), path);
        }
        assertEquals(403, reception.post(API + "/policies/free-text/runs", "{}").statusCode());
        assertEquals(403, reception.post(API + "/holds", "{\"reference\":\"TB-AAAA-AA\",\"reason\":\"x\"}").statusCode());
        assertEquals(403, reception.post(API + "/holds/TB-AAAA-AA/release", "{\"reason\":\"x\"}").statusCode());
        assertEquals(200, reception.get(API + "/journal/worklist").statusCode());
        assertEquals(403, reception.http().get("/staff/retention.xhtml").statusCode());
        HttpResponse<String> worklistPage = reception.http().get("/staff/worklist.xhtml");
        assertEquals(200, worklistPage.statusCode());
        assertFalse(worklistPage.body().contains("nav-retention"), "reception is not shown a link it may not follow");

        for (StaffSession allowed : List.of(StaffAccounts.create(List.of("admin"), List.of(1L)),
                StaffAccounts.create(List.of("privacy"), List.of(1L)))) {
            for (String path : List.of(API + "/receipts", API + "/holds", API + "/journal/worklist",
                    API + "/policies/contact-data/dry-run", "/staff/retention.xhtml", "/staff/worklist.xhtml")) {
                assertEquals(200, allowed.get(path).statusCode(), allowed.username() + " " + path);
            }
            assertTrue(allowed.http().get("/staff/worklist.xhtml").body().contains("nav-retention"),
                    "the queue is reception's; the menu shows retention to admin and privacy everywhere");
            assertEquals("SUCCEEDED", StaffApi.runNow(allowed, "free-text").getString("outcome"));
        }
    }

    @Test
    void anotherClinicsRequestOrMessageAnswersLikeOneThatDoesNotExist() throws Exception {
        Instant now = Instant.now();
        String ours = request(now.minus(Duration.ofDays(1)));
        String theirs = request(now.minus(Duration.ofDays(1)), 2, 21);
        long ourMessage = message(ours, now.minus(Duration.ofHours(2)));
        long theirMessage = RetentionFixtures.sentMessage(theirs, now.minus(Duration.ofHours(2)), 2, "+4790000002");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        StaffSession theirPrivacy = StaffAccounts.create(List.of("privacy"), List.of(2L));

        assertEquals(404, StaffApi.hold(privacy, theirs, "Uavklart sak").statusCode());
        assertEquals(404, StaffApi.hold(privacy, "TB-ZZZZ-ZZ", "Uavklart sak").statusCode(), "the same as no such request");
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM legal_hold WHERE subject_reference = ?", theirs));
        assertEquals(200, StaffApi.hold(theirPrivacy, theirs, "Uavklart sak").statusCode());
        assertEquals(404, StaffApi.release(privacy, theirs, "Ferdig").statusCode());
        assertFalse(privacy.get(API + "/holds").body().contains(theirs), "another clinic's holds are not listed");
        assertTrue(theirPrivacy.get(API + "/holds").body().contains(theirs));
        HttpResponse<String> own = StaffApi.hold(privacy, ours, "Uavklart sak");
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(400, StaffApi.hold(privacy, ours, " ").statusCode(), "a reason is required");

        assertEquals(404, StaffApi.decide(privacy, "outbox_message", theirMessage, "TRANSFER").statusCode());
        assertEquals(404, privacy.put(API + "/journal/decisions/" + theirMessage, "{\"decision\":\"TRANSFER\"}").statusCode());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM message_journal WHERE message_id = ? AND source = 'outbox_message'",
                theirMessage), "nothing recorded for another clinic's message");
        assertEquals(200, StaffApi.decide(privacy, "outbox_message", ourMessage, "TRANSFER").statusCode());
        assertEquals(200, StaffApi.decide(theirPrivacy, "outbox_message", theirMessage, "NO_HEALTH_INFORMATION").statusCode());
        assertEquals(400, StaffApi.decide(privacy, "outbox_message", ourMessage, "MAYBE").statusCode());

        assertEquals(200, StaffApi.release(theirPrivacy, theirs, "Ferdig").statusCode());
        assertEquals(200, StaffApi.release(privacy, ours, "Ferdig").statusCode());
    }

    @Test
    void aDryRunOnlyCountsAndARunNowDoesTheWorkAndLeavesItsReceipt() throws Exception {
        String due = request(Instant.now().minus(Duration.ofDays(30)));
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        long mark = lastReceiptId();

        JsonObject counted = StaffApi.dryRun(admin, "free-text");

        assertTrue(StaffApi.counted(counted, "booking_request.free_text") >= 1, counted.toString());
        assertEquals(2, counted.size(), "counts only, the free texts and the notes: " + counted);
        assertNotNull(requestRow(due).get("free_text_sealed"), "a dry run changes nothing");
        assertEquals(List.of(), staffReceiptsAfter(mark), "and leaves no receipt");

        JsonObject receipt = StaffApi.runNow(admin, "free-text");

        assertEquals("SUCCEEDED", receipt.getString("outcome"));
        assertEquals("STAFF", receipt.getString("trigger"));
        assertTrue(StaffApi.rows(receipt, "booking_request.free_text") >= 1, receipt.toString());
        List<Map<String, Object>> written = staffReceiptsAfter(mark);
        assertEquals(1, written.size(), written.toString());
        assertEquals(receipt.getJsonNumber("id").longValue(), ((Number) written.get(0).get("id")).longValue());
        assertNull(requestRow(due).get("free_text_sealed"));
        assertTrue(admin.get(API + "/receipts?policy=free-text&limit=5").body().contains("\"id\":" + receipt.getJsonNumber("id")));
        assertTrue(admin.http().get("/staff/retention.xhtml").body().contains("data-id=\"" + receipt.getJsonNumber("id") + "\""),
                "the page lists the receipt");
    }

    @Test
    void twoRunsOfOnePolicyStartedAtOnceDoTheWorkOnceAndTheReceiptsShowIt() throws Exception {
        int seeded = RetentionLoad.expiredRequests(30_000, Instant.now().minus(Duration.ofDays(40)));
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long mark = lastReceiptId();

        List<JsonObject> receipts = RetentionLoad.atOnce(() -> StaffApi.runNow(admin, "free-text"),
                () -> StaffApi.runNow(privacy, "free-text"));

        List<String> outcomes = receipts.stream().map(r -> r.getString("outcome")).sorted().toList();
        assertEquals(List.of("SKIPPED_BUSY", "SUCCEEDED"), outcomes, receipts.toString());
        JsonObject worked = receipts.stream().filter(r -> "SUCCEEDED".equals(r.getString("outcome"))).findFirst().orElseThrow();
        JsonObject skipped = receipts.stream().filter(r -> "SKIPPED_BUSY".equals(r.getString("outcome"))).findFirst().orElseThrow();
        assertTrue(StaffApi.rows(worked, "booking_request.free_text") >= seeded, worked.toString());
        assertEquals(0, skipped.getJsonObject("rows").size(), "the second run touched nothing: " + skipped);
        assertEquals(0, RetentionLoad.remaining(), "every seeded request lost its free text");
        List<Map<String, Object>> written = staffReceiptsAfter(mark);
        assertEquals(2, written.size(), written.toString());
        assertEquals(StaffApi.rows(worked, "booking_request.free_text"), written.stream()
                .mapToLong(r -> StaffApi.counted(StaffApi.object((String) r.get("rows_json")), "booking_request.free_text"))
                .sum(), "no row counted twice");
        assertNull(TestDatabase.query("SELECT holder FROM retention_lock WHERE policy = 'FREE_TEXT'").get(0).get("holder"),
                "the lock is free again");
        RetentionLoad.remove();
    }

    @Test
    void aPurgedRequestIsGoneFromTheDatabaseTheStaffPageAndTheStaffApi() throws Exception {
        Submitted submitted = PatientRequests.atOslo("Gonesen", "Vondt i ryggen siden mars");
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        TestClock.advance(Duration.ofDays(22));
        StaffApi.logInAgain(reception, privacy);
        assertTrue(reception.get("/api/staff/requests/" + submitted.id()).body().contains("Vondt i ryggen"), "readable before");

        StaffApi.runNow(privacy, "free-text");

        Map<String, Object> row = requestRow(submitted.reference());
        assertNull(row.get("free_text_sealed"));
        Object stamp = row.get("free_text_erased_at");
        Instant erasedAt = (stamp instanceof java.time.LocalDateTime local ? local : ((java.sql.Timestamp) stamp).toLocalDateTime())
                .toInstant(java.time.ZoneOffset.UTC);
        HttpResponse<String> api = reception.get("/api/staff/requests/" + submitted.id());
        assertEquals(200, api.statusCode(), api.body());
        assertFalse(api.body().contains("Vondt i ryggen"), api.body());
        assertTrue(api.body().contains("freeTextErasedAt"), api.body());
        String page = reception.http().get("/staff/request.xhtml?id=" + submitted.id()).body();
        assertFalse(page.contains("Vondt i ryggen"), page);
        assertTrue(page.contains("id=\"free-text-erased\"") && page.contains("Slettet etter retningslinjene for lagring")
                && page.contains(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(erasedAt.atZone(OSLO))), page);
        assertTrue(page.contains("Gonesen"), "the contact data stays for now");
        JsonObject fresh = readFresh(submitted.id());
        assertEquals("", fresh.getString("freeText"), "a fresh EntityManager reads no free text either");
        assertEquals("Gonesen", fresh.getString("lastName"));

        TestClock.advance(Duration.ofDays(160));
        StaffApi.logInAgain(reception, privacy);
        StaffApi.runNow(privacy, "contact-data");
        StaffApi.runNow(privacy, "correspondence");

        Map<String, Object> anonymous = requestRow(submitted.reference());
        for (String column : List.of("first_name", "last_name", "phone_e164", "email", "national_id_sealed")) {
            assertNull(anonymous.get(column), column);
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", submitted.reference()),
                "the confirmation SMS or email went at its month's end");
        HttpResponse<String> later = reception.get("/api/staff/requests/" + submitted.id());
        assertEquals(200, later.statusCode(), "the anonymous request stays for statistics");
        assertFalse(later.body().contains("Gonesen") || later.body().contains("kari."), later.body());
        String laterPage = reception.http().get("/staff/request.xhtml?id=" + submitted.id()).body();
        assertFalse(laterPage.contains("Gonesen") || laterPage.contains("Vondt i ryggen"), laterPage);
        JsonObject freshLater = readFresh(submitted.id());
        for (String field : List.of("freeText", "firstName", "phone", "email", "nationalId")) {
            assertEquals("", freshLater.getString(field), field + " through a fresh EntityManager");
        }
        assertFalse(freshLater.getString("lastName").contains("Gonesen"), freshLater.toString());
    }

    @Test
    void thePagesRunAPolicyPlaceAndReleaseAHoldAndRecordAJournalDecision() throws Exception {
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        StaffSession reception = StaffAccounts.reception(1);
        TestClock.set(oslo("2034-01-29T10:00:00"));
        StaffApi.logInAgain(privacy, reception);
        String reference = request(oslo("2034-01-20T10:00:00"));
        long message = message(reference, oslo("2034-01-28T12:00:00"));

        HttpResponse<String> ran = FacesForms.click(privacy, "/staff/retention.xhtml", "data-policy=\"correspondence\"", "run-now", Map.of());
        assertEquals(200, ran.statusCode(), ran.body());
        assertTrue(ran.body().contains("Kjøringen av correspondence er ferdig"), ran.body());
        HttpResponse<String> dry = FacesForms.click(privacy, "/staff/retention.xhtml", "data-policy=\"free-text\"", "dry-run", Map.of());
        assertTrue(dry.body().contains("data-table=\"booking_request.free_text\""), dry.body());

        HttpResponse<String> placed = FacesForms.click(privacy, "/staff/retention.xhtml", "id=\"place-hold\"", "place-hold-button",
                Map.of("reference", reference, "reason", "Pasienten har klaget"));
        assertTrue(placed.body().contains("data-reference=\"" + reference + "\"") && placed.body().contains("Pasienten har klaget"),
                placed.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM legal_hold WHERE active_reference = ?", reference));
        HttpResponse<String> released = FacesForms.click(privacy, "/staff/retention.xhtml", "data-reference=\"" + reference + "\"",
                "release", Map.of("releaseReason", "Klagen er avgjort"));
        assertTrue(released.body().contains("er opphevet"), released.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM legal_hold WHERE active_reference = ?", reference));

        HttpResponse<String> decided = FacesForms.click(reception, "/staff/worklist.xhtml", "data-id=\"" + message + "\"", "transfer", Map.of());
        assertEquals(200, decided.statusCode());
        assertFalse(decided.body().contains("data-id=\"" + message + "\""), "a decided message leaves the list");
        assertEquals("TRANSFER", TestDatabase.query("SELECT decision FROM message_journal WHERE source = 'outbox_message'"
                + " AND message_id = ?", message).get(0).get("decision"));
    }

    /** Receipts of runs staff started: the timers' runs are not this class's business. */
    private static List<Map<String, Object>> staffReceiptsAfter(long mark) throws SQLException {
        return receiptsAfter(mark).stream().filter(r -> "STAFF".equals(r.get("trigger_kind"))).toList();
    }

    /** The request as a brand-new EntityManager on the server reads it (the probe in the booking WAR). */
    private static JsonObject readFresh(long id) {
        HttpResponse<String> read = new TimebokHttp().get("/api/probe/requests/" + id);
        assertEquals(200, read.statusCode(), read.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(read.body())).readObject();
    }
}
