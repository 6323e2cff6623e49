package no.timebok.ear.correspondence;

import static no.timebok.ear.correspondence.Threads.PATIENCE;
import static no.timebok.ear.correspondence.Threads.array;
import static no.timebok.ear.correspondence.Threads.count;
import static no.timebok.ear.correspondence.Threads.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.BookingRequests.Submitted;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;
import no.timebok.ear.staff.PatientRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The thread of a request as reception works it: in the API and in the request's page. */
@ExtendWith(TimebokDeployment.class)
class StaffThreadIT {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theThreadShowsMessagesInAndOutWithTheirStatesOldestFirstAndEachReadIsLogged() throws Exception {
        Submitted request = PatientRequests.atOslo(unique("Tråd"), "Vondt i skulderen");
        String phone = Threads.column(request.id(), "phone_e164");
        SentSms confirmation = Threads.confirmation(phone);
        Threads.awaitState(request.reference(), "REQUEST_RECEIVED", "SENT");
        assertEquals(204, Peers.sms().postDeliveryReport(Threads.REPORTS, Peers.WEBHOOK_SECRET, confirmation, true, ""));
        assertEquals(204, Peers.sms().postInbound(Threads.INBOUND, Peers.WEBHOOK_SECRET, phone, "Passer tirsdag? <b>Åse</b> #{1+1}"));
        StaffSession reception = StaffAccounts.reception(1);

        HttpResponse<String> answer = reception.get("/api/staff/correspondence/requests/" + request.id() + "/thread");

        assertEquals(200, answer.statusCode(), answer.body());
        List<JsonObject> thread = array(answer.body());
        assertEquals(2, thread.size(), thread.toString());
        assertEquals("OUT", thread.get(0).getString("direction"));
        assertEquals("SMS", thread.get(0).getString("channel"));
        assertEquals("DELIVERED", thread.get(0).getString("state"));
        assertTrue(thread.get(0).getString("text").contains(request.reference()));
        assertEquals("IN", thread.get(1).getString("direction"));
        assertEquals("RECEIVED", thread.get(1).getString("state"));
        assertEquals("Passer tirsdag? <b>Åse</b> #{1+1}", thread.get(1).getString("text"));
        assertEquals(1, count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'THREAD_VIEWED'",
                request.id()));

        String page = reception.http().get("/staff/request.xhtml?id=" + request.id()).body();

        assertTrue(page.contains("Passer tirsdag? &lt;b&gt;Åse&lt;/b&gt; #{1+1}"), "patient text is shown inert");
        assertFalse(page.contains("<b>Åse</b>"));
        assertTrue(page.contains("state-DELIVERED"), page);
        assertTrue(page.contains("state-RECEIVED"));
        assertEquals(2, count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'THREAD_VIEWED'",
                request.id()), "the page's read of the thread is logged too");
    }

    @Test
    void failedAndHeldMessagesShowInTheThreadWithWhyAndInTheClinicsProblemList() throws Exception {
        Submitted request = PatientRequests.atOslo(unique("Feil"), "Tekst");
        String phone = Threads.column(request.id(), "phone_e164");
        SentSms confirmation = Threads.confirmation(phone);
        Threads.awaitState(request.reference(), "REQUEST_RECEIVED", "SENT");
        assertEquals(204, Peers.sms().postDeliveryReport(Threads.REPORTS, Peers.WEBHOOK_SECRET, confirmation, false, "2104"));
        // A held message as the caps leave one (StaffCorrespondenceIT in messaging covers how): no channel, and why.
        Object confirmedAt = no.timebok.ear.TestDatabase.query("SELECT created_at FROM outbox_message WHERE subject_reference = ?",
                request.reference()).get(0).get("created_at");
        no.timebok.ear.TestDatabase.update("INSERT INTO outbox_message (kind, clinic_id, subject_reference, channel, recipient,"
                + " language, fields_json, state, held_reason, attempts, created_at) VALUES ('APPOINTMENT_REMINDER', 1, ?, NULL,"
                + " NULL, 'nb', '{}', 'HELD', 'sms-cap-number', 0, ? + INTERVAL 1 SECOND)", request.reference(), confirmedAt);
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession bergen = StaffAccounts.reception(3);

        List<JsonObject> thread = array(reception.get("/api/staff/correspondence/requests/" + request.id() + "/thread").body());
        List<JsonObject> problems = array(reception.get("/api/staff/correspondence/problems").body());

        assertEquals(2, thread.size(), thread.toString());
        JsonObject failed = thread.stream().filter(e -> e.getString("kind").equals("REQUEST_RECEIVED")).findFirst().orElseThrow();
        JsonObject held = thread.stream().filter(e -> e.getString("kind").equals("APPOINTMENT_REMINDER")).findFirst().orElseThrow();
        assertEquals("FAILED", failed.getString("state"));
        assertEquals("gateway:2104", failed.getString("reason"));
        assertEquals("HELD", held.getString("state"));
        assertEquals("sms-cap-number", held.getString("reason"));
        assertTrue(problems.stream().anyMatch(p -> p.getString("reference").equals(request.reference())
                && p.getString("state").equals("HELD") && p.getString("reason").equals("sms-cap-number")), problems.toString());
        JsonObject problem = problems.stream().filter(p -> p.getString("reference").equals(request.reference())
                        && p.getString("state").equals("FAILED"))
                .findFirst().orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("gateway:2104", problem.getString("reason"));
        assertTrue(problems.indexOf(problem) > problems.indexOf(problems.stream()
                .filter(p -> p.getString("state").equals("HELD") && p.getString("reference").equals(request.reference()))
                .findFirst().orElseThrow()), "newest first: the held message was queued after the failed one");
        assertEquals(request.id(), problem.getJsonNumber("requestId").longValue());
        String page = reception.http().get("/staff/messages.xhtml").body();
        assertTrue(page.contains(request.reference()) && page.contains("gateway:2104") && page.contains("sms-cap-number"), page);
        String requestPage = reception.http().get("/staff/request.xhtml?id=" + request.id()).body();
        assertTrue(requestPage.contains("state-FAILED") && requestPage.contains("state-HELD")
                && requestPage.contains("(sms-cap-number)"), requestPage);
        assertFalse(bergen.get("/api/staff/correspondence/problems").body().contains(request.reference()),
                "another clinic's failures are not listed");
        assertFalse(bergen.http().get("/staff/messages.xhtml").body().contains(request.reference()));
    }

    @Test
    void anSmsWrittenByStaffReachesTheGatewayOnceAndAnEmailReachesTheMailbox() throws Exception {
        Submitted request = PatientRequests.atOslo(unique("Skriv"), "Tekst");
        String phone = Threads.column(request.id(), "phone_e164");
        String email = Threads.column(request.id(), "email");
        StaffSession reception = StaffAccounts.reception(1);
        String smsText = "Vi kan tilby time torsdag kl. 10. Svar JA. " + UUID.randomUUID();

        HttpResponse<String> sms = reception.post("/api/staff/correspondence/requests/" + request.id() + "/messages",
                json("SMS", phone, smsText));
        HttpResponse<String> mail = reception.post("/api/staff/correspondence/requests/" + request.id() + "/messages",
                json("EMAIL", email, "Ring oss <gjerne> i dag."));

        assertEquals(201, sms.statusCode(), sms.body());
        assertEquals(201, mail.statusCode(), mail.body());
        long smsId = object(sms.body()).getJsonNumber("messageId").longValue();
        Peers.await(PATIENCE, "the staff SMS at the gateway", () -> Peers.sms().byReference("tb-" + smsId).isPresent());
        Threads.awaitState(request.reference(), "STAFF_MESSAGE", "SENT");
        assertEquals(1, Peers.sms().sent().stream().filter(s -> s.text().equals(smsText)).count());
        Peers.await(PATIENCE, "the staff email", () -> Peers.mail().receivedBy(email).stream().anyMatch(StaffThreadIT::fromStaff));
        assertEquals(1, Peers.mail().receivedBy(email).stream().filter(StaffThreadIT::fromStaff).count());
        List<JsonObject> thread = array(reception.get("/api/staff/correspondence/requests/" + request.id() + "/thread").body());
        assertTrue(thread.stream().anyMatch(e -> e.getString("text", "").equals(smsText) && e.getString("kind").equals("STAFF_MESSAGE")),
                thread.toString());
        assertEquals(2, count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'CHANGED'", request.id()),
                "each message written is a change in the access log");
    }

    private static boolean fromStaff(MimeMessage message) {
        try {
            return message.getSubject().startsWith("Melding fra");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void badInputIsRefusedPerFieldAndNothingIsQueued() throws Exception {
        Submitted request = PatientRequests.atOslo(unique("Felt"), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);

        HttpResponse<String> refused = reception.post("/api/staff/correspondence/requests/" + request.id() + "/messages",
                json("SMS", "12", " "));
        HttpResponse<String> noChannel = reception.post("/api/staff/correspondence/requests/" + request.id() + "/messages",
                json("FAX", "12", "Hei"));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(Map.of("text", "message.text.required", "recipient", "message.recipient.mobile"), errors(refused));
        assertEquals(400, noChannel.statusCode(), noChannel.body());
        assertEquals(Map.of("channel", "message.channel.unknown"), errors(noChannel));
        assertEquals(0, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'STAFF_MESSAGE'",
                request.reference()));
        assertEquals(0, count("SELECT COUNT(*) FROM access_log WHERE booking_request_id = ? AND action = 'CHANGED'", request.id()),
                "a refused write leaves no entry either");
    }

    @Test
    void theFormInThePageShowsEachFieldsErrorAndKeepsWhatWasTyped() throws Exception {
        Submitted request = PatientRequests.atOslo(unique("Skjema"), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        String path = "/staff/request.xhtml?id=" + request.id();
        HttpResponse<String> page = reception.http().get(path);
        Map<String, String> form = new HashMap<>();
        form.put("thread-form", "thread-form");
        form.put("thread-form:channel", "SMS");
        form.put("thread-form:recipient", "12");
        form.put("thread-form:text", "Hei <i>Kari</i>, ring oss");
        form.put("thread-form:send", "Send");
        form.put("jakarta.faces.ViewState", Threads.viewState(page));

        HttpResponse<String> answer = reception.http().postForm(path, form);

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Oppgi et norsk mobilnummer."), answer.body());
        assertTrue(answer.body().contains("Hei &lt;i&gt;Kari&lt;/i&gt;, ring oss"), "the typed text is still in the form");
        assertTrue(answer.body().contains("value=\"12\""), "the typed recipient too");
        assertEquals(0, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'STAFF_MESSAGE'",
                request.reference()));

        form.put("thread-form:recipient", Threads.column(request.id(), "phone_e164"));
        form.put("jakarta.faces.ViewState", Threads.viewState(answer));
        HttpResponse<String> sent = reception.http().postForm(path, form);

        assertEquals(200, sent.statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ? AND kind = 'STAFF_MESSAGE'",
                request.reference()));
        assertTrue(sent.body().contains("Meldingen er lagt i kø"), sent.body());
    }

    @Test
    void theJournalDecisionIsRecordedForOurMessagesOnlyWithinTheRequestsThread() throws Exception {
        Submitted request = PatientRequests.atOslo(unique("Journal"), "Tekst");
        Submitted other = PatientRequests.atOslo(unique("Annen"), "Tekst");
        StaffSession reception = StaffAccounts.reception(1);
        List<JsonObject> thread = array(reception.get("/api/staff/correspondence/requests/" + request.id() + "/thread").body());
        long messageId = thread.get(0).getJsonNumber("messageId").longValue();
        String decision = "/api/staff/correspondence/requests/" + request.id() + "/messages/" + messageId + "/journal-decision";

        HttpResponse<String> decided = reception.http().putJson(decision, "{\"decision\":\"NO_HEALTH_INFORMATION\"}");
        HttpResponse<String> unknown = reception.http().putJson(decision, "{\"decision\":\"MAYBE\"}");
        HttpResponse<String> viaOther = reception.http().putJson("/api/staff/correspondence/requests/" + other.id()
                + "/messages/" + messageId + "/journal-decision", "{\"decision\":\"TRANSFER\"}");

        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("NO_HEALTH_INFORMATION", no.timebok.ear.TestDatabase.query(
                "SELECT decision FROM message_journal WHERE source = 'outbox_message' AND message_id = ?", messageId).get(0).get("decision"));
        assertEquals(400, unknown.statusCode());
        assertEquals(Map.of("decision", "retention.decision.unknown"), errors(unknown));
        assertEquals(404, viaOther.statusCode(), "a message of another thread can't be decided through this one");
        assertEquals("NO_HEALTH_INFORMATION", no.timebok.ear.TestDatabase.query(
                "SELECT decision FROM message_journal WHERE source = 'outbox_message' AND message_id = ?", messageId).get(0).get("decision"));
    }

    static String json(String channel, String recipient, String text) {
        return Json.createObjectBuilder().add("channel", channel).add("recipient", recipient).add("text", text).build().toString();
    }

    static Map<String, String> errors(HttpResponse<String> problem) {
        Map<String, String> byField = new HashMap<>();
        object(problem.body()).getJsonArray("errors").forEach(v ->
                byField.put(v.asJsonObject().getString("field"), v.asJsonObject().getString("code")));
        return byField;
    }
}
