package no.timebok.ear.waitinglist;

import static no.timebok.ear.waitinglist.WaitingLists.PATIENCE;
import static no.timebok.ear.waitinglist.WaitingLists.ENTRY;
import static no.timebok.ear.waitinglist.WaitingLists.book;
import static no.timebok.ear.waitinglist.WaitingLists.cancelAtOnce;
import static no.timebok.ear.waitinglist.WaitingLists.join;
import static no.timebok.ear.waitinglist.WaitingLists.match;
import static no.timebok.ear.waitinglist.WaitingLists.offerLinks;
import static no.timebok.ear.waitinglist.WaitingLists.offered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.StaffAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The waiting list of the Oslo follow-up (12): joining, leaving, and offers under concurrency and expiry. */
@ExtendWith(TimebokDeployment.class)
class WaitingListIT {

    @Test
    void aPatientJoinsSeesTheirPlaceAndLeaves() throws Exception {
        assertTrue(new TimebokHttp().get("/times?visitType=12").body().contains("id=\"join-waiting-list\""));
        assertEquals(404, new TimebokHttp().get("/waiting?visitType=31").statusCode(), "Bergen offers no waiting list");
        String phone = TestData.uniqueMobile();
        String lastName = "Kø" + UUID.randomUUID().toString().substring(0, 6);

        HttpResponse<String> invalid = join(lastName, "12", "", "");
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("id=\"phone-error\"") && invalid.body().contains("value=\"" + lastName + "\""));
        HttpResponse<String> joined = join(lastName, phone, "", "");
        assertEquals(303, joined.statusCode(), joined.body());
        String token = match(ENTRY, joined.headers().firstValue("Location").orElseThrow());

        Peers.await(PATIENCE, "the waiting-list confirmation", () -> !Peers.sms().sentTo("+47" + phone).isEmpty());
        assertTrue(Peers.sms().sentTo("+47" + phone).get(0).text().contains("/waiting/entry/" + token));
        TimebokHttp patient = new TimebokHttp();
        assertTrue(patient.get("/waiting/entry/" + token).body().contains("id=\"leave\""));
        String left = patient.postForm("/waiting/entry/" + token, Map.of("lang", "nb")).body();
        assertTrue(left.contains("Du er tatt av ventelisten"), left);
        assertEquals("LEFT", TestDatabase.query("SELECT status FROM waiting_list_entry WHERE token = ?", token).get(0).get("status"));
    }

    @Test
    void twoCancellationsAndThreeWaitingPatientsGiveEachTimeOnceAndTheNextGetsWhatLapses() throws Exception {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        List<String> times = offered(day);
        String first = times.get(0);
        String second = times.get(1);
        List<String> booked = List.of(book(first), book(second));
        String family = "Venter" + UUID.randomUUID().toString().substring(0, 6);
        List<String> phones = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                phones.add(TestData.uniqueMobile());
                assertEquals(303, join(family + i, phones.get(i), day.toString(), day.toString()).statusCode());
            }

            cancelAtOnce(booked);

            Peers.await(PATIENCE, "offers to the first two in line",
                    () -> offerLinks(phones.get(0)).size() == 1 && offerLinks(phones.get(1)).size() == 1);
            assertEquals(List.of(), offerLinks(phones.get(2)), "the third waits");
            List<Map<String, Object>> offers = TestDatabase.query("SELECT o.id, o.starts_at, e.last_name FROM waiting_list_offer o"
                    + " JOIN waiting_list_entry e ON e.id = o.entry_id WHERE e.last_name LIKE ? ORDER BY e.last_name", family + "%");
            assertEquals(2, offers.size(), offers.toString());
            assertFalse(offers.get(0).get("starts_at").equals(offers.get(1).get("starts_at")), "two times, one to each");
            List<String> nowOffered = offered(day);
            assertFalse(nowOffered.contains(first) || nowOffered.contains(second), "an offered time is held for its patient");
            HttpResponse<String> calendar = StaffAccounts.reception(1).get("/api/staff/calendar?resource="
                    + first.split("-")[0] + "&from=" + day + "&days=1");
            assertEquals(200, calendar.statusCode(), calendar.body());
            assertEquals(2, Json.createReader(new StringReader(calendar.body())).readObject().getJsonArray("days")
                    .getJsonObject(0).getJsonArray("held").size(), "reception sees both times held: " + calendar.body());

            HttpResponse<String> accepted = new TimebokHttp().postForm("/waiting/offer/" + offerLinks(phones.get(0)).get(0),
                    Map.of("lang", "nb"));
            assertEquals(303, accepted.statusCode(), accepted.body());
            assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id"
                    + " WHERE b.last_name = ? AND a.status = 'BOOKED' AND b.booked_by_patient", family + "0"));

            TestDatabase.update("UPDATE waiting_list_offer SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?",
                    offers.get(1).get("id"));
            Peers.await(PATIENCE, "the lapsed time offered to the third", () -> offerLinks(phones.get(2)).size() == 1);
            assertEquals(1, offerLinks(phones.get(1)).size(), "the second is not offered the time they let lapse again");
            assertEquals(offers.get(1).get("starts_at"), TestDatabase.query("SELECT o.starts_at FROM waiting_list_offer o JOIN"
                    + " waiting_list_entry e ON e.id = o.entry_id WHERE e.last_name = ?", family + "2").get(0).get("starts_at"));
            assertEquals(200, new TimebokHttp().get("/waiting/offer/" + offerLinks(phones.get(1)).get(0)).statusCode());
            assertEquals(409, new TimebokHttp().postForm("/waiting/offer/" + offerLinks(phones.get(1)).get(0), Map.of()).statusCode(),
                    "a lapsed offer cannot be accepted");
            assertEquals(303, new TimebokHttp().postForm("/waiting/offer/" + offerLinks(phones.get(2)).get(0), Map.of()).statusCode());
            assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id"
                    + " WHERE b.last_name LIKE ? AND a.status = 'BOOKED'", family + "%"), "each time given once");
        } finally {
            TestDatabase.update("UPDATE waiting_list_entry SET status = 'LEFT' WHERE last_name LIKE ?", family + "%");
            for (Map<String, Object> row : TestDatabase.query("SELECT a.patient_token FROM appointment a JOIN booking_request b"
                    + " ON b.id = a.booking_request_id WHERE b.last_name LIKE ? AND a.status = 'BOOKED'", family + "%")) {
                new TimebokHttp().postForm("/appointment/" + row.get("patient_token"), Map.of("action", "cancel"));
            }
        }
    }
}
