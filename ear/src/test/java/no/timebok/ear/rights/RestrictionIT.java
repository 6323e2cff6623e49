package no.timebok.ear.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A restriction of processing stops staff and messages at once, says why, and its lifting is documented. */
@ExtendWith(TimebokDeployment.class)
class RestrictionIT {

    @Test
    void restrictedRequestsRefuseStaffWorkAndMessagesUntilTheOfficerLiftsIt() throws Exception {
        String mobile = TestData.uniqueMobile();
        Submitted request = PatientRequests.request("Begrens" + UUID.randomUUID().toString().substring(0, 6), "Vondt")
                .at(1, 11).phone(mobile).submit();
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = RightsRequests.register(privacy, 1, "RESTRICTION", "PHONE", mobile, LocalDate.now(ZoneId.of("Europe/Oslo")));

        HttpResponse<String> restricted = privacy.post("/api/staff/privacy/restrictions/" + rights, "");

        assertEquals(200, restricted.statusCode(), restricted.body());
        assertNotNull(row(request).get("processing_restricted_at"));
        String messages = "/api/staff/correspondence/requests/" + request.id() + "/messages";
        HttpResponse<String> write = reception.post(messages, message(mobile));
        assertEquals(409, write.statusCode(), write.body());
        assertTrue(write.body().contains("processing-restricted"), write.body());
        HttpResponse<String> status = reception.post("/api/staff/requests/" + request.id() + "/status", "{\"status\":\"CONTACTED\"}");
        assertEquals(409, status.statusCode(), status.body());
        assertEquals(409, reception.post("/api/staff/requests/" + request.id() + "/notes", "{\"text\":\"Ringt\"}").statusCode());
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM booking_request_note WHERE booking_request_id = ?", request.id()));
        assertEquals("NEW", row(request).get("status"), "nothing changed");
        String page = reception.get("/staff/request.xhtml?id=" + request.id()).body();
        assertTrue(page.contains("id=\"restricted\""), "staff see why");
        assertFalse(page.contains("id=\"notes-form\"") || page.contains("id=\"slots\""), "and are offered nothing they may not do");
        assertTrue(reception.get("/api/staff/requests/" + request.id()).body().contains("processingRestrictedAt"));

        HttpResponse<String> lifted = privacy.delete("/api/staff/privacy/restrictions/" + rights);

        assertEquals(200, lifted.statusCode(), lifted.body());
        assertNull(row(request).get("processing_restricted_at"));
        assertEquals(201, reception.post(messages, message(mobile)).statusCode(), "staff may write again");
        String steps = privacy.get(RightsRequests.BASE + "/" + rights).body();
        assertTrue(steps.indexOf("\"RESTRICTED\"") > 0 && steps.indexOf("\"RESTRICTION_LIFTED\"") > steps.indexOf("\"RESTRICTED\""),
                "setting and lifting are both documented: " + steps);
        assertEquals(403, reception.post("/api/staff/privacy/restrictions/" + rights, "").statusCode(), "only the officer restricts");
    }

    @Test
    void aRestrictionStopsTheAddressesNewsletterSubscriptionsUntilLifted() throws Exception {
        String email = "begrens-" + UUID.randomUUID() + "@example.no";
        long subscribed = Subscribers.signedUp(1, "Kari Abonnent", email, "CONFIRMED");
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        long rights = RightsRequests.register(privacy, 1, "RESTRICTION", "EMAIL", email, LocalDate.now(ZoneId.of("Europe/Oslo")));

        HttpResponse<String> restricted = privacy.post("/api/staff/privacy/restrictions/" + rights, "");

        assertEquals(200, restricted.statusCode(), restricted.body());
        assertTrue(restricted.body().contains("\"subscriptionsChanged\":1"), restricted.body());
        assertEquals("CONFIRMED/Kari Abonnent/" + email + "/true", Subscribers.subscriber(subscribed), "kept, but not mailed");
        assertTrue(privacy.get("/staff/privacy/rights-request.xhtml?id=" + rights).body().contains("id=\"restricted\""),
                "the officer sees it restricted, though the person has no booking request");
        HttpResponse<String> lifted = privacy.delete("/api/staff/privacy/restrictions/" + rights);
        assertEquals(200, lifted.statusCode(), lifted.body());
        assertEquals("CONFIRMED/Kari Abonnent/" + email + "/false", Subscribers.subscriber(subscribed));
    }

    private static java.util.Map<String, Object> row(Submitted request) throws Exception {
        return TestDatabase.query("SELECT status, processing_restricted_at FROM booking_request WHERE id = ?", request.id()).get(0);
    }

    private static String message(String mobile) {
        return Json.createObjectBuilder().add("channel", "SMS").add("recipient", mobile)
                .add("text", "Vi ringer deg i morgen.").build().toString();
    }
}
