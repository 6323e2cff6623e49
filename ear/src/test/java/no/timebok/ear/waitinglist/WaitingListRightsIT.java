package no.timebok.ear.waitinglist;

import static no.timebok.ear.waitinglist.WaitingLists.PATIENCE;
import static no.timebok.ear.waitinglist.WaitingLists.book;
import static no.timebok.ear.waitinglist.WaitingLists.join;
import static no.timebok.ear.waitinglist.WaitingLists.offerLinks;
import static no.timebok.ear.waitinglist.WaitingLists.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.rights.RightsRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the privacy tools and retention do to waiting-list entries: restriction, export, erasure, deletion. */
@ExtendWith(TimebokDeployment.class)
class WaitingListRightsIT {

    @Test
    void aRestrictedPatientKeepsTheirPlaceButIsOfferedNoTime() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        String booked = book(offered(day).get(0));
        String family = "Begrenset" + UUID.randomUUID().toString().substring(0, 6);
        String restrictedPhone = TestData.uniqueMobile();
        String nextPhone = TestData.uniqueMobile();
        try {
            assertEquals(303, join(family + "0", restrictedPhone, day.toString(), day.toString()).statusCode());
            assertEquals(303, join(family + "1", nextPhone, day.toString(), day.toString()).statusCode());
            StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
            long rights = RightsRequests.byPhone(privacy, 1, "RESTRICTION", restrictedPhone);
            assertEquals(200, privacy.post("/api/staff/privacy/restrictions/" + rights, "").statusCode());

            assertEquals(200, new TimebokHttp().postForm("/appointment/" + booked, Map.of("action", "cancel")).statusCode());

            Peers.await(PATIENCE, "the offer to the next in line", () -> offerLinks(nextPhone).size() == 1);
            assertEquals(List.of(), offerLinks(restrictedPhone), "no offer while processing is restricted");
            assertEquals("WAITING", TestDatabase.query("SELECT status FROM waiting_list_entry WHERE last_name = ?", family + "0")
                    .get(0).get("status"), "the place is kept");
        } finally {
            // The entries' offers go with them, and with them the hold on the freed time.
            TestDatabase.update("DELETE FROM waiting_list_entry WHERE last_name LIKE ?", family + "%");
        }
    }

    @Test
    void theRightsToolsFindExportAndEraseAPatientsEntries() throws Exception {
        String phone = TestData.uniqueMobile();
        String lastName = "Innsyn" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(303, join(lastName, phone, "", "").statusCode());
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));

        long access = RightsRequests.byPhone(privacy, 1, "ACCESS", phone);
        HttpResponse<String> export = privacy.get("/api/staff/privacy/exports/" + access + "/access.json");
        long erasure = RightsRequests.byPhone(privacy, 1, "ERASURE", phone);
        HttpResponse<String> erased = privacy.post("/api/staff/privacy/erasures/" + erasure, "{}");

        assertEquals(200, export.statusCode(), export.body());
        JsonObject entry = Json.createReader(new StringReader(export.body())).readObject().getJsonArray("waitingList").getJsonObject(0);
        assertEquals(lastName, entry.getString("lastName"));
        assertEquals("WAITING", entry.getString("status"));
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("waiting_list_entry"), erased.body());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM waiting_list_entry WHERE last_name = ?", lastName));
    }

    @Test
    void theContactDataRunDeletesEntriesOlderThanFiveMonths() throws Exception {
        String reference = "WL-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-OL";
        TestDatabase.update("INSERT INTO waiting_list_entry (clinic_id, visit_type_id, reference, token, first_name, last_name,"
                + " phone_e164, language, joined_at, status) VALUES (1, 12, ?, ?, 'Gammel', 'Oppføring', '+4791234567', 'nb',"
                + " UTC_TIMESTAMP(6) - INTERVAL 6 MONTH, 'WAITING')", reference, UUID.randomUUID().toString().substring(0, 22));
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));

        HttpResponse<String> run = admin.post("/api/staff/retention/policies/contact-data/runs", "{}");

        assertEquals(200, run.statusCode(), run.body());
        JsonObject receipt = Json.createReader(new StringReader(run.body())).readObject();
        assertTrue(receipt.getJsonObject("rows").getJsonNumber("waiting_list_entry").longValue() >= 1, receipt.toString());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM waiting_list_entry WHERE reference = ?", reference));
        assertFalse(run.body().contains("Oppføring"), "the receipt holds no personal data");
    }
}
