package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reception's queue: scoped to one's own clinics, searchable, and every read in the access log. */
@ExtendWith(TimebokDeployment.class)
class QueueIT {

    @Test
    void theRequestPageNamesThePreferredTimeOfDayInWords() {
        Submitted request = PatientRequests.atOslo("Kday" + UUID.randomUUID().toString().substring(0, 8), "Kontroll");

        String page = StaffAccounts.reception(1).http().get("/staff/request.xhtml?id=" + request.id()).body();

        assertTrue(page.contains("(hele dagen)"), page);
        assertFalse(page.contains("(ANY)"));
    }

    @Test
    void theQueueListsMyClinicsRequestsNewestFirstAndLogsEveryListedOne() throws Exception {
        String family = "Kqueue" + UUID.randomUUID().toString().substring(0, 8);
        Submitted older = PatientRequests.atOslo(family + "a", "Vondt i ryggen");
        Submitted newer = PatientRequests.atOslo(family + "b", "Hoste");
        PatientRequests.atBergen(family + "c", "Bergen-pasient");
        StaffSession reception = StaffAccounts.reception(1);

        JsonObject page = json(search(reception, family, null, 0, 25).body());

        JsonArray rows = page.getJsonArray("rows");
        assertEquals(2, rows.size(), page.toString());
        assertEquals(newer.reference(), rows.getJsonObject(0).getString("reference"));
        assertEquals(older.reference(), rows.getJsonObject(1).getString("reference"));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM access_log a JOIN staff_user u ON u.id = a.staff_user_id"
                + " WHERE u.username = ? AND a.action = 'LISTED' AND a.booking_request_id IN (?, ?)",
                reception.username(), older.id(), newer.id()));
    }

    @Test
    void aUserOfTwoClinicsGetsTheirRequestsMergedNewestFirstAcrossPages() throws Exception {
        String family = "Kmerge" + UUID.randomUUID().toString().substring(0, 8);
        Submitted first = PatientRequests.atOslo(family, "Første");
        Submitted second = PatientRequests.atBergen(family, "Andre");
        Submitted third = PatientRequests.atOslo(family, "Tredje");
        Submitted fourth = PatientRequests.atBergen(family, "Fjerde");
        StaffSession reception = StaffAccounts.create(List.of("reception"), List.of(1L, 3L));

        JsonObject one = json(search(reception, family, null, 0, 3).body());
        JsonObject two = json(search(reception, family, null, 1, 3).body());
        JsonObject fresh = json(search(reception, family, "NEW", 1, 3).body());

        assertEquals(List.of(fourth.reference(), third.reference(), second.reference()), references(one));
        assertTrue(one.getBoolean("hasNext"), one.toString());
        assertEquals(List.of(first.reference()), references(two));
        assertFalse(two.getBoolean("hasNext"), two.toString());
        assertEquals(List.of(first.reference()), references(fresh), "the status filter pages the same way");
    }

    /**
     * Pages 1 and 2 need at most five rows, all among the clinic's newest; page 3 needs seven, more
     * than there are, so it is read through the name indexes. Both ways must page alike.
     */
    @Test
    void aNameFoundAmongTheNewestPagesLikeOneFoundThroughTheNameIndexes() throws Exception {
        String family = "Knewest" + UUID.randomUUID().toString().substring(0, 8);
        List<String> newestFirst = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, PatientRequests.atOslo(family, "Nummer " + i).reference());
        }
        StaffSession reception = StaffAccounts.reception(1);

        JsonObject one = json(search(reception, family.toLowerCase(), null, 0, 2).body());
        JsonObject two = json(search(reception, family, null, 1, 2).body());
        JsonObject three = json(search(reception, family, null, 2, 2).body());

        assertEquals(newestFirst.subList(0, 2), references(one));
        assertEquals(newestFirst.subList(2, 4), references(two));
        assertTrue(two.getBoolean("hasNext"), two.toString());
        assertEquals(newestFirst.subList(4, 5), references(three));
        assertFalse(three.getBoolean("hasNext"), three.toString());
    }

    @Test
    void aSearchInTheAddressIsRefusedSoNoNameOrNumberLandsInALog() {
        StaffSession reception = StaffAccounts.reception(1);

        HttpResponse<String> refused = reception.get("/api/staff/requests?q=Nordmann");

        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"field\":\"q\""), refused.body());
    }

    /** Searches go in the body, never in the URL. */
    static HttpResponse<String> search(StaffSession staff, String q, String status, int page, int size) {
        jakarta.json.JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder().add("q", q).add("page", page).add("size", size);
        if (status != null) {
            body.add("status", status);
        }
        return staff.post("/api/staff/requests/search", body.build().toString());
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(r -> r.getString("reference")).toList();
    }

    @Test
    void searchFindsByReferencePhoneAndDate() throws Exception {
        Submitted request = PatientRequests.atOslo("Søk" + UUID.randomUUID().toString().substring(0, 8), "Tekst");
        String phone = (String) TestDatabase.query("SELECT phone_e164 FROM booking_request WHERE id = ?", request.id())
                .get(0).get("phone_e164");
        StaffSession reception = StaffAccounts.reception(1);

        assertTrue(search(reception, request.reference(), null, 0, 25).body().contains(request.reference()));
        assertTrue(search(reception, phone.substring(3), null, 0, 25).body().contains(request.reference()),
                "a national number finds the E.164 one");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).toString();
        assertTrue(search(reception, today, null, 0, 100).body().contains(request.reference()));
    }

    @Test
    void theDetailShowsDecryptedDataAndEachOpeningIsLogged() throws Exception {
        Submitted request = PatientRequests.atOslo("Detalj" + UUID.randomUUID().toString().substring(0, 8), "Svimmel om morgenen");
        StaffSession reception = StaffAccounts.reception(1);

        JsonObject detail = json(reception.get("/api/staff/requests/" + request.id()).body());
        reception.get("/api/staff/requests/" + request.id());

        assertEquals("Svimmel om morgenen", detail.getString("freeText"));
        assertTrue(detail.getString("phoneE164").startsWith("+47"));
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'VIEWED'",
                request.id()));
        List<java.util.Map<String, Object>> entries = TestDatabase.query(
                "SELECT * FROM access_log WHERE booking_request_id = ?", request.id());
        assertFalse(entries.toString().contains("Svimmel"), "no health content in the log");
    }

    @Test
    void afterThePurgeTheDetailSaysWhenTheTextWasDeleted() throws Exception {
        Submitted request = PatientRequests.atOslo("Slettet" + UUID.randomUUID().toString().substring(0, 8), "Borte snart");
        TestDatabase.update("UPDATE booking_request SET free_text_sealed = NULL, free_text_erased_at = '2026-03-01 03:10:00'"
                + " WHERE id = ?", request.id());
        StaffSession reception = StaffAccounts.reception(1);

        JsonObject detail = json(reception.get("/api/staff/requests/" + request.id()).body());
        String page = reception.http().get("/staff/request.xhtml?id=" + request.id()).body();

        assertFalse(detail.containsKey("freeText") && !detail.isNull("freeText"), "no free text after the purge");
        assertEquals("2026-03-01T03:10:00Z", detail.getString("freeTextErasedAt"));
        assertTrue(page.contains("Slettet etter retningslinjene for lagring"), page);
        assertTrue(page.contains("01.03.2026"), "the date of deletion, in Oslo time");
    }

    @Test
    void statusChangesAndNotesRecordWhoAndWhenAndNotesAreSealed() throws Exception {
        Submitted request = PatientRequests.atOslo("Status" + UUID.randomUUID().toString().substring(0, 8), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);

        HttpResponse<String> contacted = reception.post("/api/staff/requests/" + request.id() + "/status", "{\"status\":\"CONTACTED\"}");
        HttpResponse<String> note = reception.post("/api/staff/requests/" + request.id() + "/notes", "{\"text\":\"Ringte, ingen svar\"}");
        HttpResponse<String> backwards = reception.post("/api/staff/requests/" + request.id() + "/status", "{\"status\":\"NEW\"}");
        HttpResponse<String> empty = reception.post("/api/staff/requests/" + request.id() + "/notes", "{\"text\":\"  \"}");

        assertEquals(200, contacted.statusCode(), contacted.body());
        assertEquals("CONTACTED", json(contacted.body()).getString("status"));
        assertEquals("Ringte, ingen svar", json(note.body()).getJsonArray("notes").getJsonObject(0).getString("text"));
        assertEquals(409, backwards.statusCode(), backwards.body());
        assertEquals(400, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("\"field\":\"text\""), empty.body());
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM booking_request_event e JOIN staff_user u ON u.id = e.staff_user_id"
                + " WHERE e.booking_request_id = ? AND u.username = ? AND e.kind = 'STATUS' AND e.to_status = 'CONTACTED'",
                request.id(), reception.username()));
        Object sealed = TestDatabase.query("SELECT text_sealed FROM booking_request_note WHERE booking_request_id = ?", request.id())
                .get(0).get("text_sealed");
        assertFalse(new String((byte[]) sealed, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Ringte"));
    }

    @Test
    void aUserOfOneClinicGets404ForEveryIdOfAnotherInPagesAndApi() throws Exception {
        Submitted oslo = PatientRequests.atOslo("Idor" + UUID.randomUUID().toString().substring(0, 8), "Hemmelig");
        StaffSession bergen = StaffAccounts.reception(3);
        String nothingHere = bergen.get("/api/staff/requests/999999999").body();

        for (String get : List.of("/api/staff/requests/" + oslo.id(), "/api/staff/requests/" + oslo.id() + "/appointments",
                "/api/staff/requests/" + oslo.id() + "/resources", "/api/staff/requests/" + oslo.id() + "/slots?resource=101")) {
            HttpResponse<String> answer = bergen.get(get);
            assertEquals(404, answer.statusCode(), get);
            assertEquals(nothingHere, answer.body(), "indistinguishable from an id that doesn't exist: " + get);
        }
        for (String post : List.of("/status", "/notes", "/assignment", "/appointments")) {
            HttpResponse<String> answer = bergen.post("/api/staff/requests/" + oslo.id() + post,
                    "{\"status\":\"CONTACTED\",\"text\":\"x\",\"staffUserId\":null,\"resourceId\":101,\"start\":\"2030-01-07T08:00:00Z\"}");
            assertEquals(404, answer.statusCode(), post + " " + answer.body());
        }
        assertEquals(404, bergen.http().get("/staff/request.xhtml?id=" + oslo.id()).statusCode());
        assertFalse(search(bergen, oslo.reference(), null, 0, 25).body().contains(oslo.reference()));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM access_log a JOIN staff_user u ON u.id = a.staff_user_id"
                + " WHERE u.username = ? AND a.booking_request_id = ?", bergen.username(), oslo.id()));
        assertEquals("NEW", TestDatabase.query("SELECT status FROM booking_request WHERE id = ?", oslo.id())
                .get(0).get("status"), "nothing changed");
    }

    @Test
    void theAccessLogCannotBeChangedOrDeleted() throws Exception {
        Submitted request = PatientRequests.atOslo("Logg" + UUID.randomUUID().toString().substring(0, 8), "Tekst");
        StaffAccounts.reception(1).get("/api/staff/requests/" + request.id());

        assertThrows(SQLException.class, () -> TestDatabase.update(
                "UPDATE access_log SET action = 'LISTED' WHERE booking_request_id = ?", request.id()));
        assertThrows(SQLException.class, () -> TestDatabase.update(
                "DELETE FROM access_log WHERE booking_request_id = ?", request.id()));
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'VIEWED'",
                request.id()));
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
