package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Restriction of processing (GDPR art. 18) as the outbox, the relay and staff meet it: nothing of a
 * restricted reference is sent, whether queued before or after restricting, staff writing is
 * refused with the reason, and lifting lets staff write again while held messages stay held.
 */
@ExtendWith(TimebokDeployment.class)
class ProcessingRestrictionIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void restrictingHoldsWhatWasQueuedAndEverythingQueuedAfterAndTheRelaySendsNone() throws Exception {
        String reference = NewsletterOutboxIT.reference();
        String mobile = "+47" + TestData.uniqueMobile();
        String email = "restricted-" + UUID.randomUUID() + "@example.no";
        long reminder = reminder(reference, mobile, "before-" + reference);
        assertEquals("QUEUED", state(reminder));

        HttpResponse<String> restricted = Probe.send("POST", "/restrictions/1", Map.of("reference", reference));

        assertEquals(200, restricted.statusCode(), restricted.body());
        assertEquals(1, Probe.object(restricted.body()).getInt("held"), "the reminder waiting in the outbox");
        assertEquals("HELD", state(reminder));
        assertEquals("restricted", heldReason(reminder));
        assertTrue(Probe.object(Probe.send("GET", "/restrictions/1/" + reference, Map.of()).body()).getBoolean("restricted"));
        // Restricting again changes nothing and holds nothing more.
        assertEquals(0, Probe.object(Probe.send("POST", "/restrictions/1", Map.of("reference", reference)).body()).getInt("held"));

        JsonObject queued = Probe.object(Probe.send("POST", "/messages", Map.of("clinicId", "1", "reference", reference,
                "email", email)).body());
        long after = queued.getJsonNumber("id").longValue();
        assertEquals("restricted", queued.getString("held"));
        long laterReminder = reminder(reference, mobile, "after-" + reference);
        assertEquals("restricted", heldReason(laterReminder));

        // A message whose transaction committed just after the restriction held the rest: QUEUED and due.
        TestDatabase.update("INSERT INTO outbox_message (kind, clinic_id, subject_reference, channel, recipient, language,"
                + " fields_json, state, attempts, next_attempt_at, created_at) VALUES ('REQUEST_RECEIVED', 1, ?, 'EMAIL', ?,"
                + " 'nb', '{}', 'QUEUED', 0, UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, UTC_TIMESTAMP(6))", reference, email);
        long raced = ((Number) TestDatabase.query("SELECT MAX(id) AS id FROM outbox_message WHERE subject_reference = ?",
                reference).get(0).get("id")).longValue();
        // The same reference in another clinic is another person's request, and goes out.
        String control = "control-" + UUID.randomUUID() + "@example.no";
        Probe.send("POST", "/messages", Map.of("clinicId", "3", "reference", reference, "email", control));
        Peers.await(PATIENCE, "the other clinic's message", () -> !Peers.mail().receivedBy(control).isEmpty());
        Peers.await(PATIENCE, "the raced message held by the relay", () -> "HELD".equals(state(raced)));
        Relay.runOnce();

        assertEquals(0, Peers.mail().receivedBy(email).size());
        assertTrue(Peers.sms().sentTo(mobile).isEmpty());
        assertEquals("restricted", heldReason(raced));
        assertEquals(0, attempts(raced), "never claimed");
        assertEquals(List.of("HELD"), TestDatabase.query("SELECT DISTINCT state FROM outbox_message WHERE clinic_id = 1"
                + " AND subject_reference = ?", reference).stream().map(r -> r.get("state")).toList());
        List<JsonObject> thread = Probe.array("/threads/1/" + reference);
        assertEquals(4, thread.size(), thread.toString());
        assertTrue(thread.stream().allMatch(e -> e.getString("reason").equals("restricted")), thread.toString());
        assertTrue(Probe.array("/problems/1").stream().anyMatch(p -> p.getInt("id") == after
                && p.getString("reason").equals("restricted")));
    }

    @Test
    void staffCannotWriteWhileRestrictedAndCanAgainOnceLiftedWhileHeldMessagesStayHeld() throws Exception {
        Submitted request = PatientRequests.atOslo("Begrenset" + UUID.randomUUID().toString().substring(0, 6), "Tekst");
        String phone = (String) TestDatabase.query("SELECT phone_e164 FROM booking_request WHERE id = ?", request.id())
                .get(0).get("phone_e164");
        StaffSession reception = StaffAccounts.reception(1);
        assertEquals(200, Probe.send("POST", "/restrictions/1", Map.of("reference", request.reference())).statusCode());
        long held = reminder(request.reference(), phone, "held-" + request.reference());
        long before = TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?", request.reference());

        HttpResponse<String> refused = reception.post("/api/staff/correspondence/requests/" + request.id() + "/messages",
                message(phone));
        HttpResponse<String> refusedInMessaging = Probe.send("POST", "/staff-messages", Map.of("clinicId", "1",
                "reference", request.reference(), "channel", "SMS", "recipient", phone, "text", "Hei"));

        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("https://timebok.no/problems/processing-restricted",
                Json.createReader(new StringReader(refused.body())).readObject().getString("type"));
        assertEquals(409, refusedInMessaging.statusCode(), refusedInMessaging.body());
        assertEquals(before, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?",
                request.reference()), "nothing half-written");
        List<JsonObject> thread = Probe.array("/threads/1/" + request.reference());
        assertTrue(thread.stream().anyMatch(e -> e.getInt("id") == held && e.getString("reason").equals("restricted")));
        String staffThread = reception.get("/api/staff/correspondence/requests/" + request.id() + "/thread").body();
        assertTrue(staffThread.contains("\"restricted\""), staffThread);
        String requestPage = reception.http().get("/staff/request.xhtml?id=" + request.id()).body();
        assertTrue(requestPage.contains("(restricted)"), "the thread on the request page says why");
        String problemsPage = reception.http().get("/staff/messages.xhtml").body();
        assertTrue(problemsPage.contains(request.reference()) && problemsPage.contains(">restricted<"),
                "the problems page lists the held message with why");

        assertEquals(204, Probe.send("DELETE", "/restrictions/1/" + request.reference(), Map.of()).statusCode());
        HttpResponse<String> written = reception.post("/api/staff/correspondence/requests/" + request.id() + "/messages",
                message(phone));

        assertEquals(201, written.statusCode(), written.body());
        assertFalse(Probe.object(Probe.send("GET", "/restrictions/1/" + request.reference(), Map.of()).body())
                .getBoolean("restricted"));
        long staffMessage = Json.createReader(new StringReader(written.body())).readObject()
                .getJsonNumber("messageId").longValue();
        Peers.await(PATIENCE, "the staff SMS at the gateway", () -> Peers.sms().byReference("tb-" + staffMessage).isPresent());
        Relay.runOnce();
        assertEquals("HELD", state(held), "held messages may be stale: they stay held");
        assertEquals("restricted", heldReason(held));
    }

    private static String message(String phone) {
        return Json.createObjectBuilder().add("channel", "SMS").add("recipient", phone).add("text", "Vi har en ledig time.")
                .build().toString();
    }

    /** A reminder ten years ahead: it waits QUEUED in the outbox, so restricting finds it unclaimed. */
    private static long reminder(String reference, String mobile, String key) {
        HttpResponse<String> scheduled = Probe.send("POST", "/reminders", Map.of("appointmentKey", key,
                "start", Instant.now().plus(Duration.ofDays(3650)).toString(), "clinicId", "1", "reference", reference,
                "mobile", mobile, "language", "nb", "time", "om ti år"));
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        return Probe.object(scheduled.body()).getJsonNumber("id").longValue();
    }

    private static String state(long id) {
        return (String) column(id, "state");
    }

    private static String heldReason(long id) {
        return (String) column(id, "held_reason");
    }

    private static int attempts(long id) {
        return ((Number) column(id, "attempts")).intValue();
    }

    private static Object column(long id, String column) {
        try {
            return TestDatabase.query("SELECT " + column + " FROM outbox_message WHERE id = ?", id).get(0).get(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
