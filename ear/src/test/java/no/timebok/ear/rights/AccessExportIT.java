package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access export holds every category of data about the person at the rights request's clinic,
 * and nothing of another patient or another clinic; the printable page escapes what the patient
 * wrote; portability holds only what the person provided.
 */
@ExtendWith(TimebokDeployment.class)
class AccessExportIT {

    private static final String EXPORTS = "/api/staff/privacy/exports/";
    private static final long OSLO_ROOM = 101;
    private static final String SCRIPT = "<script>alert('x')</script> & \"vondt\" i kneet";

    @Test
    void theExportHoldsEveryCategoryOfThePersonAtThatClinicAndNothingElse() throws Exception {
        Patients kari = Patients.create("Innsyn");
        Submitted first = kari.book(1, 12, SCRIPT);
        Submitted second = kari.book(1, 11, "Andre gang");
        Submitted bergen = kari.book(3, 31, "I Bergen");
        Patients other = Patients.create("Annen");
        Submitted stranger = other.book(1, 12, "Fremmed tekst");
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests/" + first.id()).statusCode());
        assertEquals(2, reception.post("/api/staff/requests/" + first.id() + "/notes", "{\"text\":\"Ringte tilbake\"}").statusCode() / 100);
        String start = freeSlot(reception, first);
        HttpResponse<String> booked = reception.post("/api/staff/requests/" + first.id() + "/appointments",
                "{\"resourceId\":" + OSLO_ROOM + ",\"start\":\"" + start + "\"}");
        assertEquals(201, booked.statusCode(), booked.body());
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L, 3L));
        java.time.LocalDate today = java.time.LocalDate.ofInstant(TestClock.now(), java.time.ZoneId.of("Europe/Oslo"));
        long byNationalId = RightsRequests.register(privacy, 1, "RECTIFICATION", "NATIONAL_ID", kari.nationalId, today);
        long byEmail = RightsRequests.register(privacy, 1, "OBJECTION", "EMAIL", kari.email.toUpperCase(java.util.Locale.ROOT), today);
        long strangers = other.rightsRequest(privacy, 1, "ERASURE");
        long rights = kari.rightsRequest(privacy, 1, "ACCESS");

        HttpResponse<String> download = privacy.get(EXPORTS + rights + "/access.json");

        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject export = Patients.json(download.body());
        assertEquals(1, export.getJsonObject("clinic").getInt("id"));
        List<JsonObject> requests = objects(export.getJsonArray("bookingRequests"));
        assertEquals(List.of(first.reference(), second.reference()), requests.stream().map(r -> r.getString("reference")).toList());
        JsonObject r = requests.get(0);
        assertEquals(kari.lastName, r.getString("lastName"));
        assertEquals("+47" + kari.mobile, r.getString("phone"));
        assertEquals(kari.email, r.getString("email"));
        assertEquals(kari.nationalId.substring(0, 6) + " *****", r.getString("nationalId"));
        assertEquals(SCRIPT, r.getString("freeText"));
        assertEquals("MORNING", r.getString("preferredPartOfDay"));
        assertEquals(String.valueOf(TestDatabase.query("SELECT privacy_version FROM booking_request WHERE id = ?", first.id())
                .get(0).get("privacy_version")), r.getString("privacyNoticeVersion"), "the notice shown, as stored");
        assertEquals("SCHEDULED", r.getString("status"));
        assertFalse(r.getJsonArray("history").isEmpty(), "status history");
        assertEquals("Ringte tilbake", objects(r.getJsonArray("notes")).get(0).getString("text"));
        assertEquals("BOOKED", objects(r.getJsonArray("appointments")).get(0).getString("status"));
        assertFalse(r.getJsonArray("messages").isEmpty(), "the messages still held");
        List<JsonObject> consents = objects(export.getJsonArray("consents"));
        assertEquals(Set.of(first.reference(), second.reference()), consents.stream().map(c -> c.getString("reference")).collect(Collectors.toSet()));
        assertTrue(consents.stream().allMatch(c -> c.getString("purpose").equals("NEWSLETTER") && c.getBoolean("granted")
                && c.containsKey("textVersion") && c.containsKey("channel") && c.containsKey("recordedAt")));
        List<JsonObject> log = objects(export.getJsonArray("accessLog"));
        assertTrue(log.stream().anyMatch(e -> e.getString("role").equals("reception") && e.getString("action").equals("VIEWED")
                && e.getString("readerName").equals("Test " + reception.username())), log.toString());
        List<JsonObject> rightsRequests = objects(export.getJsonArray("rightsRequests"));
        assertEquals(List.of(byNationalId, byEmail, rights), rightsRequests.stream().map(q -> q.getJsonNumber("id").longValue()).toList(),
                "every rights request of the person, by whichever identifier it was registered, and not the stranger's " + strangers);
        assertEquals("REGISTERED", objects(rightsRequests.get(0).getJsonArray("steps")).get(0).getString("action"));
        for (String foreign : List.of(bergen.reference(), stranger.reference(), other.lastName, "I Bergen", "Fremmed")) {
            assertFalse(download.body().contains(foreign), "nothing of another clinic or patient: " + foreign);
        }
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE action = 'EXPORTED' AND booking_request_id IN (?, ?)",
                first.id(), second.id()), "the export is logged per booking request");
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ? AND action = 'ACCESS_EXPORTED'", rights));
    }

    @Test
    void theAddressesNewsletterSubscriptionsAtThatClinicAreInBothExportsWithoutTheirToken() throws Exception {
        Patients kari = Patients.create("Abonnent");
        kari.book(1, 12, "Kontroll");
        long confirmed = Subscribers.signedUp(1, "Kari Abonnent", kari.email.toUpperCase(java.util.Locale.ROOT), "CONFIRMED");
        long pending = Subscribers.signedUp(1, "Kari Venter", kari.email, "PENDING");
        Subscribers.signedUp(3, "Kari Bergenser", kari.email, "CONFIRMED");
        Subscribers.signedUp(1, "Fremmed Leser", "x." + kari.email, "CONFIRMED");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L, 3L));
        long rights = RightsRequests.register(privacy, 1, "ACCESS", "EMAIL", kari.email,
                LocalDate.ofInstant(TestClock.now(), ZoneId.of("Europe/Oslo")));

        HttpResponse<String> access = privacy.get(EXPORTS + rights + "/access.json");

        assertEquals(200, access.statusCode(), access.body());
        List<JsonObject> subscriptions = objects(Patients.json(access.body()).getJsonArray("newsletterSubscriptions"));
        assertEquals(List.of("NS-" + confirmed, "NS-" + pending), subscriptions.stream().map(x -> x.getString("reference")).toList(),
                "found by address whatever its case, at the request's clinic only");
        JsonObject subscribed = subscriptions.get(0);
        assertEquals("Kari Abonnent", subscribed.getString("name"));
        assertEquals(kari.email.toUpperCase(java.util.Locale.ROOT), subscribed.getString("email"));
        assertEquals("nb", subscribed.getString("language"));
        assertEquals("CONFIRMED", subscribed.getString("status"));
        assertTrue(subscribed.containsKey("subscribedAt") && subscribed.containsKey("confirmedAt"), subscribed.toString());
        JsonObject grant = subscribed.getJsonArray("consents").getJsonObject(0);
        assertEquals("newsletter-page", grant.getString("channel"));
        assertTrue(grant.getBoolean("granted") && grant.containsKey("textVersion") && grant.containsKey("recordedAt"));
        assertEquals("PENDING", subscriptions.get(1).getString("status"));
        assertFalse(subscriptions.get(1).containsKey("confirmedAt"));
        String digest = (String) TestDatabase.query("SELECT token_digest FROM newsletter_subscriber WHERE id = ?", confirmed)
                .get(0).get("token_digest");
        assertFalse(subscribed.containsKey("tokenDigest"));
        for (String unseen : List.of(digest, "Bergenser", "Fremmed Leser")) {
            assertFalse(access.body().contains(unseen), "not in the export: " + unseen);
        }
        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM rights_request_event WHERE rights_request_id = ?"
                + " AND action = 'ACCESS_EXPORTED' AND detail LIKE '%2 subscriptions,%'", rights));

        HttpResponse<String> portability = privacy.get(EXPORTS + rights + "/portability.json");
        assertEquals(200, portability.statusCode(), portability.body());
        List<JsonObject> provided = objects(Patients.json(portability.body()).getJsonArray("newsletterSubscriptions"));
        assertEquals(2, provided.size());
        assertEquals("Kari Venter", provided.get(1).getString("name"));
        String page = privacy.get("/staff/privacy/export.xhtml?id=" + rights + "&lang=en").body();
        assertTrue(page.contains("Newsletter subscriptions") && page.contains("Kari Abonnent"), page);
    }

    @Test
    void thePrintablePageEscapesTheFreeTextInBokmalAndEnglish() {
        Patients kari = Patients.create("Utskrift");
        kari.book(1, 12, SCRIPT);
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = kari.rightsRequest(privacy, 1, "ACCESS");

        HttpResponse<String> nb = privacy.get("/staff/privacy/export.xhtml?id=" + rights + "&lang=nb");
        HttpResponse<String> en = privacy.get("/staff/privacy/export.xhtml?id=" + rights + "&lang=en");

        assertEquals(200, nb.statusCode(), nb.body());
        assertEquals(200, en.statusCode(), en.body());
        assertTrue(nb.body().contains("Innsyn: opplysninger vi har om deg"), nb.body());
        assertTrue(en.body().contains("Access: the data we hold about you"), en.body());
        for (HttpResponse<String> page : List.of(nb, en)) {
            assertFalse(page.body().contains("<script>alert"), "free text is inert");
            assertTrue(page.body().contains("&lt;script&gt;alert("), page.body());
            assertTrue(page.body().contains(kari.lastName));
        }
    }

    @Test
    void portabilityHoldsOnlyWhatThePersonProvided() {
        Patients kari = Patients.create("Flytt");
        Submitted request = kari.book(1, 12, "Min egen tekst");
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(2, reception.post("/api/staff/requests/" + request.id() + "/notes", "{\"text\":\"Intern merknad\"}").statusCode() / 100);
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = kari.rightsRequest(privacy, 1, "PORTABILITY");

        HttpResponse<String> download = privacy.get(EXPORTS + rights + "/portability.json");

        assertEquals(200, download.statusCode(), download.body());
        JsonObject export = Patients.json(download.body());
        JsonObject provided = objects(export.getJsonArray("bookingRequests")).get(0);
        assertEquals("Min egen tekst", provided.getString("freeText"));
        assertEquals(kari.email, provided.getString("email"));
        assertEquals(1, export.getJsonArray("consents").size());
        assertFalse(provided.containsKey("status") || provided.containsKey("notes") || provided.containsKey("history"));
        assertFalse(download.body().contains("Intern merknad"), "staff notes are not the person's own data");
        assertFalse(export.containsKey("accessLog"));
    }

    @Test
    void anotherClinicsRequestIsNotFoundAndReceptionMayNotExport() {
        Patients kari = Patients.create("Vegg");
        kari.book(3, 31, "Bergen");
        StaffSession bergen = StaffAccounts.create(List.of("privacy"), List.of(3L));
        long rights = kari.rightsRequest(bergen, 3, "ACCESS");
        StaffSession oslo = StaffAccounts.create(List.of("privacy"), List.of(1L));

        assertEquals(404, oslo.get(EXPORTS + rights + "/access.json").statusCode());
        assertEquals(404, oslo.get(EXPORTS + rights + "/portability.json").statusCode());
        assertEquals(404, oslo.get("/staff/privacy/export.xhtml?id=" + rights).statusCode());
        assertEquals(403, StaffAccounts.reception(3).get(EXPORTS + rights + "/access.json").statusCode());
        assertEquals(200, bergen.get(EXPORTS + rights + "/access.json").statusCode());
    }

    private static String freeSlot(StaffSession reception, Submitted request) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(14).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        HttpResponse<String> answer = reception.get("/api/staff/requests/" + request.id() + "/slots?resource=" + OSLO_ROOM
                + "&from=" + day + "&days=1");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray slots = jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readArray();
        assertNotNull(slots.getJsonObject(0));
        return slots.getJsonObject(0).getString("start");
    }

    static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonValue::asJsonObject).toList();
    }

}
