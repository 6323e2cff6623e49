package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.InboundSms;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway's delivery reports and patients' replies, posted by the fake gateway as Sveve would. */
@ExtendWith(TimebokDeployment.class)
class SmsCallbacksIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String REPORTS = TimebokHttp.baseUrl() + "/messaging/callbacks/sveve/delivery-report";
    private static final String INBOUND = TimebokHttp.baseUrl() + "/messaging/callbacks/sveve/inbound";

    private final FakeSveveGateway sms = Peers.sms();

    private SentSms confirmationSentTo(String mobile, String reference) throws Exception {
        long id = Bookings.messageId(reference);
        Peers.await(PATIENCE, "the confirmation to be SENT", () -> "SENT".equals(state(id)));
        return sms.sentTo("+47" + mobile).get(0);
    }

    private static String state(long id) {
        try {
            return Bookings.state(id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> row(long id) throws Exception {
        return TestDatabase.query("SELECT state, delivered_at, failure_reason, version FROM outbox_message WHERE id = ?", id)
                .get(0);
    }

    @Test
    void aDeliveryReportMovesSentToDeliveredAndTheSameReportAgainChangesNothing() throws Exception {
        String mobile = TestData.uniqueMobile();
        String reference = Bookings.submit("nb", mobile, null);
        SentSms sent = confirmationSentTo(mobile, reference);
        long id = Bookings.messageId(reference);

        assertEquals(204, sms.postDeliveryReport(REPORTS, Peers.WEBHOOK_SECRET, sent, true, ""));
        Map<String, Object> delivered = row(id);
        assertEquals("DELIVERED", delivered.get("state"));
        assertTrue(delivered.get("delivered_at") != null);

        assertEquals(204, sms.postDeliveryReport(REPORTS, Peers.WEBHOOK_SECRET, sent, true, ""));
        assertEquals(204, sms.postDeliveryReport(REPORTS, Peers.WEBHOOK_SECRET, sent, false, "2104"));
        assertEquals(delivered, row(id), "replayed and late reports change nothing, not even the version");
    }

    @Test
    void anUndeliveredReportFailsTheMessageWithTheGatewaysCodeForStaffToSee() throws Exception {
        String mobile = TestData.uniqueMobile();
        String reference = Bookings.submit("nb", mobile, null);
        SentSms sent = confirmationSentTo(mobile, reference);
        long id = Bookings.messageId(reference);

        assertEquals(204, sms.postDeliveryReport(REPORTS, Peers.WEBHOOK_SECRET, sent, false, "2104"));

        assertEquals("FAILED", row(id).get("state"));
        assertEquals("gateway:2104", row(id).get("failure_reason"));
        List<JsonObject> problems = Probe.array("/problems/1");
        assertTrue(problems.stream().anyMatch(p -> p.getJsonNumber("id").longValue() == id
                && p.getString("state").equals("FAILED") && p.getString("reason").equals("gateway:2104")), problems.toString());
        List<JsonObject> thread = Probe.array("/threads/1/" + reference);
        assertEquals(1, thread.size());
        assertEquals("FAILED", thread.get(0).getString("state"));
        assertEquals("gateway:2104", thread.get(0).getString("reason"));
    }

    @Test
    void aReportWithoutTheSecretIsRefusedAndChangesNothing() throws Exception {
        String mobile = TestData.uniqueMobile();
        String reference = Bookings.submit("nb", mobile, null);
        SentSms sent = confirmationSentTo(mobile, reference);
        long id = Bookings.messageId(reference);

        assertEquals(401, sms.postDeliveryReport(REPORTS, null, sent, true, ""));
        assertEquals(401, sms.postDeliveryReport(REPORTS, "guess", sent, true, ""));
        assertEquals(401, sms.postInbound(INBOUND, "guess", "+47" + mobile, "Hei"));

        assertEquals("SENT", row(id).get("state"));
    }

    @Test
    void aReportForAnUnknownReferenceIsAcknowledgedSoTheGatewayStopsRetrying() {
        SentSms stranger = new SentSms(1, "4790000000", "x", "Timebok", "tb-999999999", java.time.Instant.now());
        SentSms foreign = new SentSms(2, "4790000000", "x", "Timebok", "ABC123", java.time.Instant.now());

        assertEquals(204, sms.postDeliveryReport(REPORTS, Peers.WEBHOOK_SECRET, stranger, true, ""));
        assertEquals(204, sms.postDeliveryReport(REPORTS, Peers.WEBHOOK_SECRET, foreign, true, ""));
        assertEquals(400, sms.post(REPORTS, Peers.WEBHOOK_SECRET, Map.of("ref", "tb-1", "status", "maybe")));
    }

    @Test
    void aReplyFromThePatientsNumberJoinsTheThreadOfTheirBookingEncrypted() throws Exception {
        String mobile = TestData.uniqueMobile();
        String reference = Bookings.submit("nb", mobile, null);
        confirmationSentTo(mobile, reference);

        assertEquals(204, sms.postInbound(INBOUND, Peers.WEBHOOK_SECRET, "+47" + mobile, "Passer torsdag? Hilsen Åse"));

        List<Map<String, Object>> rows = TestDatabase.query("SELECT clinic_id, subject_reference, channel, sender,"
                + " body_sealed FROM inbound_message WHERE sender = ?", "+47" + mobile);
        assertEquals(1, rows.size());
        assertEquals(1L, ((Number) rows.get(0).get("clinic_id")).longValue());
        assertEquals(reference, rows.get(0).get("subject_reference"));
        assertEquals("SMS", rows.get(0).get("channel"));
        assertFalse(new String((byte[]) rows.get(0).get("body_sealed"), StandardCharsets.ISO_8859_1).contains("torsdag"),
                "the text is encrypted at rest");

        List<JsonObject> thread = Probe.array("/threads/1/" + reference);
        assertEquals(2, thread.size(), thread.toString());
        assertEquals("OUT", thread.get(0).getString("direction"));
        assertEquals("REQUEST_RECEIVED", thread.get(0).getString("kind"));
        assertTrue(thread.get(0).getString("text").contains(reference));
        assertEquals("IN", thread.get(1).getString("direction"));
        assertEquals("RECEIVED", thread.get(1).getString("state"));
        assertEquals("Passer torsdag? Hilsen Åse", thread.get(1).getString("text"));
        assertEquals(0, Probe.array("/threads/2/" + reference).size(), "another clinic sees nothing of it");
    }

    @Test
    void anInboundSmsPushedAgainByTheGatewayIsStoredOnceAndTheRepeatAcknowledged() throws Exception {
        String stranger = "+47" + TestData.uniqueMobile();
        InboundSms reply = sms.receive(stranger, "Kan jeg komme tidligere?");

        assertEquals(204, sms.pushInbound(INBOUND, Peers.WEBHOOK_SECRET, reply));
        assertEquals(204, sms.pushInbound(INBOUND, Peers.WEBHOOK_SECRET, reply), "2xx, so the gateway stops retrying");
        assertEquals(204, sms.postInbound(INBOUND, Peers.WEBHOOK_SECRET, stranger, "Kan jeg komme tidligere?"),
                "the same text in a new SMS is a new message");

        List<Map<String, Object>> rows = TestDatabase.query(
                "SELECT provider_id FROM inbound_message WHERE sender = ? ORDER BY id", stranger);
        assertEquals(2, rows.size(), rows.toString());
        assertEquals(Long.toString(reply.gatewayId()), rows.get(0).get("provider_id"));
    }

    @Test
    void repeatsOfOnePushArrivingAtOnceAreStoredOnce() throws Exception {
        String stranger = "+47" + TestData.uniqueMobile();
        InboundSms reply = sms.receive(stranger, "Hei igjen");
        ExecutorService pushes = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                statuses.add(pushes.submit(() -> sms.pushInbound(INBOUND, Peers.WEBHOOK_SECRET, reply)));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(204, status.get());
            }
        } finally {
            pushes.shutdownNow();
        }

        assertEquals(1, TestDatabase.count("SELECT COUNT(*) FROM inbound_message WHERE sender = ?", stranger));
    }

    @Test
    void aReplyFromAnUnknownNumberIsUnmatched() throws Exception {
        String stranger = "+47" + TestData.uniqueMobile();

        assertEquals(204, sms.postInbound(INBOUND, Peers.WEBHOOK_SECRET, stranger, "Hvem er dette?"));

        List<Map<String, Object>> rows = TestDatabase.query(
                "SELECT clinic_id, subject_reference FROM inbound_message WHERE sender = ?", stranger);
        assertEquals(1, rows.size());
        assertNull(rows.get(0).get("clinic_id"));
        assertNull(rows.get(0).get("subject_reference"));
        assertTrue(Probe.array("/unmatched").stream().anyMatch(u -> u.getString("sender").equals(stranger)
                && u.getString("text").equals("Hvem er dette?")));
    }
}
