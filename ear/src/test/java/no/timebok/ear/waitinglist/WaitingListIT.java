package no.timebok.ear.waitinglist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.booking.FormSession;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.rights.RightsRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The waiting list of the Oslo follow-up (12): joining, leaving, offers under concurrency, expiry, retention. */
@ExtendWith(TimebokDeployment.class)
class WaitingListIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern ENTRY = Pattern.compile("/waiting/entry/([A-Za-z0-9_-]{22})");
    private static final Pattern OFFER = Pattern.compile("/waiting/offer/([A-Za-z0-9_-]{22})");
    private static final Pattern APPOINTMENT = Pattern.compile("/appointment/([A-Za-z0-9_-]{22})");
    private static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"(\\d+-\\d+)\"");

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

    private static HttpResponse<String> join(String lastName, String phone, String earliest, String latest) {
        FormSession form = new FormSession(new TimebokHttp()).showPage("/waiting?visitType=12");
        Map<String, String> fields = new HashMap<>();
        fields.put("visitType", "12");
        fields.put("firstName", "Kari");
        fields.put("lastName", lastName);
        fields.put("phone", phone);
        fields.put("earliestDate", earliest);
        fields.put("latestDate", latest);
        fields.put("lang", "nb");
        return form.postTo("/waiting", fields);
    }

    private static List<String> offered(LocalDate day) {
        String page = new TimebokHttp().get("/times?visitType=12&week=" + day).body();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(page);
        while (m.find()) {
            if (Instant.ofEpochSecond(Long.parseLong(m.group(1).split("-")[1])).atZone(ZoneId.of("Europe/Oslo")).toLocalDate().equals(day)) {
                slots.add(m.group(1));
            }
        }
        return slots;
    }

    /** Books the time through the public pages for someone not waiting; answers the appointment's token. */
    private static String book(String slot) {
        FormSession form = new FormSession(new TimebokHttp()).showPage("/times/book?visitType=12&slot=" + slot);
        Map<String, String> fields = new HashMap<>();
        fields.put("visitType", "12");
        fields.put("slot", slot);
        fields.put("firstName", "Kari");
        fields.put("lastName", "Avbestiller" + UUID.randomUUID().toString().substring(0, 6));
        fields.put("phone", TestData.uniqueMobile());
        fields.put("freeText", "Kontroll");
        fields.put("lang", "nb");
        HttpResponse<String> answer = form.postTo("/times/book", fields);
        assertEquals(303, answer.statusCode(), answer.body());
        return match(APPOINTMENT, answer.headers().firstValue("Location").orElseThrow());
    }

    private static void cancelAtOnce(List<String> tokens) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size());
        CountDownLatch ready = new CountDownLatch(tokens.size());
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String token : tokens) {
            answers.add(pool.submit(() -> {
                ready.countDown();
                ready.await();
                return new TimebokHttp().postForm("/appointment/" + token, Map.of("action", "cancel"));
            }));
        }
        for (Future<HttpResponse<String>> answer : answers) {
            assertEquals(200, answer.get().statusCode());
        }
        pool.shutdown();
    }

    /** The offer tokens in the messages sent to this phone. */
    private static List<String> offerLinks(String phone) {
        return Peers.sms().sentTo("+47" + phone).stream()
                .map(sms -> OFFER.matcher(sms.text()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
