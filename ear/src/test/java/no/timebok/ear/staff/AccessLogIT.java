package no.timebok.ear.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The privacy officer reads who read a patient's data, for their own clinics only, and is logged doing it. */
@ExtendWith(TimebokDeployment.class)
class AccessLogIT {

    private static final String LOG = "/api/staff/privacy/access-log";

    @Test
    void thePrivacyOfficerSeesEveryReadOfAPatientsRequestsByPhoneWithTheReadersName() throws Exception {
        String mobile = TestData.uniqueMobile();
        String family = "Logg" + UUID.randomUUID().toString().substring(0, 6);
        Submitted first = PatientRequests.request(family, "Første").at(1, 12).phone(mobile).submit();
        Submitted second = PatientRequests.request(family, "Andre").at(1, 11).phone(mobile).submit();
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, reception.get("/api/staff/requests/" + first.id()).statusCode());
        assertEquals(200, reception.get("/api/staff/requests/" + second.id()).statusCode());
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));

        HttpResponse<String> found = privacy.post(LOG, search(mobile));

        assertEquals(200, found.statusCode(), found.body());
        JsonObject log = QueueIT.json(found.body());
        assertEquals(Set.of(first.reference(), second.reference()), log.getJsonArray("references").stream()
                .map(r -> ((jakarta.json.JsonString) r).getString()).collect(Collectors.toSet()));
        List<JsonObject> views = log.getJsonArray("entries").stream().map(e -> e.asJsonObject())
                .filter(e -> e.getString("action").equals("VIEWED")).toList();
        assertEquals(2, views.size(), log.toString());
        assertTrue(views.stream().allMatch(e -> e.getString("staffName").equals("Test " + reception.username())
                && e.getString("role").equals("reception")));
        assertFalse(found.body().contains("Første"), "no health content in the log");
        assertEquals(2, TestDatabase.count("SELECT COUNT(*) FROM access_log WHERE action = 'AUDITED' AND booking_request_id IN (?, ?)",
                first.id(), second.id()), "reading the log is itself logged");
    }

    @Test
    void anotherClinicsPatientIsNotFoundAndOnlyThePrivacyRoleMayLook() {
        Submitted oslo = PatientRequests.atOslo("Annen" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        StaffSession bergenPrivacy = StaffAccounts.create(List.of("privacy"), List.of(3L));
        StaffSession reception = StaffAccounts.reception(1);

        HttpResponse<String> elsewhere = bergenPrivacy.post(LOG, search(oslo.reference()));
        assertEquals(200, elsewhere.statusCode());
        assertEquals(0, QueueIT.json(elsewhere.body()).getJsonArray("references").size(), "nothing of Oslo's patient");

        assertEquals(403, reception.post(LOG, search(oslo.reference())).statusCode());
        assertEquals(403, reception.get("/staff/privacy/access-log.xhtml").statusCode());
        HttpResponse<String> invalid = bergenPrivacy.post(LOG, search("Kari Nordmann"));
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"field\":\"search\""), invalid.body());
        assertEquals(200, bergenPrivacy.get("/staff/privacy/access-log.xhtml").statusCode());
    }

    private static String search(String text) {
        return Json.createObjectBuilder().add("search", text).build().toString();
    }
}
