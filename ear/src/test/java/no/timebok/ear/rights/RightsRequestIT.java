package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The privacy officer registers rights requests, finds the person in their own clinics, and keeps the deadline. */
@ExtendWith(TimebokDeployment.class)
class RightsRequestIT {

    private static final String BASE = RightsRequests.BASE;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void aPersonIsFoundByNationalIdPhoneOrEmailAtTheOfficersClinicOnly() throws Exception {
        String nationalId = TestData.uniqueNationalId();
        String mobile = TestData.uniqueMobile();
        String family = "Rett" + UUID.randomUUID().toString().substring(0, 6);
        Submitted oslo = PatientRequests.request(family, "Hodepine").at(1, 11).phone(mobile).nationalId(nationalId).submit();
        Submitted osloAgain = PatientRequests.request(family, "Kontroll").at(1, 12).phone(TestData.uniqueMobile())
                .nationalId(nationalId).submit();
        PatientRequests.request(family, "Bergen").at(3, 31).phone(mobile).nationalId(nationalId).submit();
        Submitted damaged = PatientRequests.request("Skadet", "Tekst").at(1, 11).nationalId(TestData.uniqueNationalId()).submit();
        TestDatabase.update("UPDATE booking_request SET national_id_sealed = ? WHERE id = ?", new byte[] {1, 2, 3}, damaged.id());
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        LocalDate today = LocalDate.now(OSLO);

        long byId = RightsRequests.register(privacy, 1, "ACCESS", "NATIONAL_ID", nationalId, today);
        long byPhone = RightsRequests.register(privacy, 1, "ERASURE", "PHONE", "+47 " + mobile, today);

        assertEquals(Set.of(oslo.reference(), osloAgain.reference()), references(privacy, byId),
                "both Oslo requests, not Bergen's, and a row whose national ID cannot be opened does not stop the search");
        assertEquals(Set.of(oslo.reference()), references(privacy, byPhone));
        String email = "kari." + Math.abs(family.hashCode()) + "@example.com";
        long byEmail = RightsRequests.register(privacy, 1, "PORTABILITY", "EMAIL", email.toUpperCase(), today);
        assertEquals(Set.of(oslo.reference(), osloAgain.reference()), references(privacy, byEmail), "an address matches in any case");
        assertEquals(2, TestDatabase.count("SELECT matched_requests FROM rights_request WHERE id = ?", byId));

        List<java.util.Map<String, Object>> rows = TestDatabase.query("SELECT match_key_sealed FROM rights_request WHERE id = ?", byId);
        String stored = new String((byte[]) rows.get(0).get("match_key_sealed"), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains(nationalId), "the national ID is sealed at rest");

        StaffSession bergen = StaffAccounts.create(List.of("privacy"), List.of(3L));
        assertEquals(404, bergen.get(BASE + "/" + byId).statusCode(), "another clinic's request does not exist for Bergen");
        assertFalse(bergen.get(BASE).body().contains("\"id\":" + byId + ","), "nor is it listed");
        HttpResponse<String> elsewhere = privacy.post(BASE, RightsRequests.form(3, "ACCESS", "NATIONAL_ID", nationalId, today)
                .build().toString());
        assertEquals(400, elsewhere.statusCode());
        assertTrue(elsewhere.body().contains("\"field\":\"clinicId\""), elsewhere.body());
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(403, reception.get(BASE).statusCode(), "rights requests are the privacy officer's");
        assertEquals(403, reception.get("/staff/privacy/rights.xhtml").statusCode());
    }

    @Test
    void wrongInputGetsAnErrorPerFieldAndRegistersNothing() throws Exception {
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long before = TestDatabase.count("SELECT COUNT(*) FROM rights_request");
        String form = RightsRequests.form(1, "SOMETHING", "PHONE", "12", LocalDate.now(OSLO).plusDays(2))
                .add("identityCheck", "OTHER").build().toString();

        HttpResponse<String> refused = privacy.post(BASE, form);

        assertEquals(400, refused.statusCode(), refused.body());
        for (String field : List.of("kind", "matchKey", "identityNote", "receivedOn")) {
            assertTrue(refused.body().contains("\"field\":\"" + field + "\""), field + ": " + refused.body());
        }
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM rights_request"));
        HttpResponse<String> invalidId = privacy.post(BASE, RightsRequests.form(1, "ACCESS", "NATIONAL_ID", "01019012345",
                LocalDate.now(OSLO)).build().toString());
        assertEquals(400, invalidId.statusCode());
        assertTrue(invalidId.body().contains("\"field\":\"matchKey\""), invalidId.body());
        assertEquals(400, privacy.post(BASE, "{\"clinicId\":\"x\"}").statusCode(), "a malformed body is a 400, not a 500");
    }

    @Test
    void theDeadlineIsOneMonthAndOverdueFlagsFollowTheClock() throws Exception {
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        LocalDate today = LocalDate.now(OSLO);
        long id = RightsRequests.register(privacy, 1, "ACCESS", "PHONE", TestData.uniqueMobile(), today);
        JsonObject fresh = listed(privacy, id);
        assertEquals(today.plusMonths(1).toString(), fresh.getString("dueOn"));
        assertFalse(fresh.getBoolean("overdue"));

        TestClock.advance(Duration.ofDays(32));
        privacy.logInAgain();

        JsonObject late = listed(privacy, id);
        assertTrue(late.getBoolean("overdue"), late.toString());
        assertTrue(late.getJsonNumber("daysLeft").longValue() < 0, late.toString());
        String page = privacy.get("/staff/privacy/rights.xhtml").body();
        assertTrue(page.contains("data-id=\"" + id + "\"") && page.contains("rights-row overdue"), "the page flags it");

        HttpResponse<String> answered = privacy.post(BASE + "/" + id + "/answer", "");
        assertEquals(200, answered.statusCode(), answered.body());
        assertFalse(RightsRequests.json(privacy.get(BASE).body()).getJsonArray("open").stream()
                .anyMatch(r -> r.asJsonObject().getJsonNumber("id").longValue() == id), "answered requests leave the open list");
        assertEquals(409, privacy.post(BASE + "/" + id + "/answer", "").statusCode(), "answered once");
        JsonObject detail = RightsRequests.json(privacy.get(BASE + "/" + id).body());
        assertEquals(List.of("REGISTERED", "ANSWERED"), detail.getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getString("action")).toList());
    }

    private static JsonObject listed(StaffSession privacy, long id) {
        HttpResponse<String> list = privacy.get(BASE);
        assertEquals(200, list.statusCode(), list.body());
        return RightsRequests.json(list.body()).getJsonArray("open").stream().map(r -> r.asJsonObject())
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("request " + id + " is listed as open: " + list.body()));
    }

    private static Set<String> references(StaffSession privacy, long id) {
        HttpResponse<String> detail = privacy.get(BASE + "/" + id);
        assertEquals(200, detail.statusCode(), detail.body());
        return RightsRequests.json(detail.body()).getJsonArray("references").stream()
                .map(r -> ((JsonString) r).getString()).collect(Collectors.toSet());
    }
}
