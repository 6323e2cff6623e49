package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Erasure of a data subject's correspondence (GDPR art. 17): gone at once from the outbox and the
 * replies, except what the journal is still owed or a legal hold keeps, each counted with why.
 * No peers run: every message here is written straight into the tables, held, so the relay has
 * nothing to send and the test decides exactly what exists.
 */
@ExtendWith(TimebokDeployment.class)
class SubjectErasureIT {

    @Test
    void eraseRemovesTheSubjectsMessagesAndKeepsAndCountsWhatTheJournalIsOwed() throws Exception {
        String reference = NewsletterOutboxIT.reference();
        String second = NewsletterOutboxIT.reference();
        long confirmation = outbox(1, reference, "REQUEST_RECEIVED");
        long newsletter = outbox(1, reference, "NEWSLETTER");
        long undecidedStaff = outbox(1, reference, "STAFF_MESSAGE");
        long noHealthStaff = outbox(1, reference, "STAFF_MESSAGE");
        decide("outbox_message", noHealthStaff, "NO_HEALTH_INFORMATION", null);
        long transferredStaff = outbox(1, reference, "STAFF_MESSAGE");
        decide("outbox_message", transferredStaff, "TRANSFER", "Communication/1");
        long pendingStaff = outbox(1, reference, "STAFF_MESSAGE");
        decide("outbox_message", pendingStaff, "TRANSFER", null);
        long undecidedReply = inbound(1, reference);
        long noHealthReply = inbound(1, reference);
        decide("inbound_message", noHealthReply, "NO_HEALTH_INFORMATION", null);
        long secondsReminder = outbox(1, second, "APPOINTMENT_REMINDER");
        long otherClinic = outbox(3, reference, "REQUEST_RECEIVED");
        long otherClinicReply = inbound(3, reference);
        long otherReference = outbox(1, NewsletterOutboxIT.reference(), "REQUEST_RECEIVED");

        HttpResponse<String> answer = Probe.send("POST", "/erasures/1", Map.of("reference", reference));
        HttpResponse<String> secondAnswer = Probe.send("POST", "/erasures/1", Map.of("reference", second));

        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject erasure = Probe.object(answer.body());
        assertEquals(4, erasure.getJsonObject("erased").getInt("outbox_message"), erasure.toString());
        assertEquals(1, erasure.getJsonObject("erased").getInt("inbound_message"), erasure.toString());
        assertEquals(1, erasure.getJsonObject("kept").getInt("journal-transfer-pending"), erasure.toString());
        assertEquals(2, erasure.getJsonObject("kept").getInt("journal-decision-pending"), erasure.toString());
        assertEquals(2, erasure.getJsonObject("kept").size(), erasure.toString());
        assertEquals(1, Probe.object(secondAnswer.body()).getJsonObject("erased").getInt("outbox_message"));

        assertEquals(List.of(), existing("outbox_message", confirmation, newsletter, noHealthStaff, transferredStaff,
                secondsReminder));
        assertEquals(List.of(), existing("inbound_message", noHealthReply));
        assertEquals(List.of(undecidedStaff, pendingStaff, otherClinic, otherReference),
                existing("outbox_message", undecidedStaff, pendingStaff, otherClinic, otherReference));
        assertEquals(List.of(undecidedReply, otherClinicReply), existing("inbound_message", undecidedReply, otherClinicReply));
        assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM message_journal WHERE source = 'outbox_message'"
                + " AND message_id IN (?, ?, ?)", noHealthStaff, transferredStaff, pendingStaff),
                "like the purge, the decisions stay as proof of what went to the journal");
    }

    @Test
    void aReferenceUnderLegalHoldKeepsEveryMessage() throws Exception {
        String reference = NewsletterOutboxIT.reference();
        long confirmation = outbox(1, reference, "REQUEST_RECEIVED");
        long reply = inbound(1, reference);
        TestDatabase.update("INSERT INTO legal_hold (subject_reference, reason_sealed, placed_at) VALUES (?, X'00', UTC_TIMESTAMP(6))",
                reference);

        JsonObject erasure;
        try {
            erasure = Probe.object(Probe.send("POST", "/erasures/1", Map.of("reference", reference)).body());
        } finally {
            // The reason is no sealed text: other classes' pages that list holds must never meet it.
            TestDatabase.update("DELETE FROM legal_hold WHERE subject_reference = ?", reference);
        }

        assertEquals(0, erasure.getJsonObject("erased").getInt("outbox_message"), erasure.toString());
        assertEquals(0, erasure.getJsonObject("erased").getInt("inbound_message"), erasure.toString());
        assertEquals(2, erasure.getJsonObject("kept").getInt("legal-hold"), erasure.toString());
        assertEquals(List.of(confirmation), existing("outbox_message", confirmation));
        assertEquals(List.of(reply), existing("inbound_message", reply));
    }

    @Test
    void erasingAReferenceWithNoMessagesErasesNothing() throws Exception {
        JsonObject erasure = Probe.object(Probe.send("POST", "/erasures/1",
                Map.of("reference", NewsletterOutboxIT.reference())).body());

        assertEquals(0, erasure.getJsonObject("erased").getInt("outbox_message"));
        assertEquals(0, erasure.getJsonObject("erased").getInt("inbound_message"));
        assertEquals(0, erasure.getJsonObject("kept").size());
    }

    /** A held message: the relay never takes it, so what exists is what the test wrote. */
    private static long outbox(long clinicId, String reference, String kind) throws SQLException {
        TestDatabase.update("INSERT INTO outbox_message (kind, clinic_id, subject_reference, channel, recipient, language,"
                + " fields_json, state, held_reason, attempts, created_at) VALUES (?, ?, ?, NULL, 'kari@example.no', 'nb', '{}',"
                + " 'HELD', 'sms-cap-number', 0, UTC_TIMESTAMP(6))", kind, clinicId, reference);
        return lastId("outbox_message");
    }

    private static long inbound(long clinicId, String reference) throws SQLException {
        TestDatabase.update("INSERT INTO inbound_message (clinic_id, subject_reference, channel, sender, received_at)"
                + " VALUES (?, ?, 'SMS', '+4791234567', UTC_TIMESTAMP(6))", clinicId, reference);
        return lastId("inbound_message");
    }

    private static long lastId(String table) throws SQLException {
        return ((Number) TestDatabase.query("SELECT MAX(id) AS id FROM " + table).get(0).get("id")).longValue();
    }

    private static void decide(String source, long id, String decision, String transferId) throws SQLException {
        TestDatabase.update("INSERT INTO message_journal (source, message_id, decision, decided_at, transfer_id, transferred_at)"
                + " VALUES (?, ?, ?, UTC_TIMESTAMP(6), ?, IF(? IS NULL, NULL, UTC_TIMESTAMP(6)))",
                source, id, decision, transferId, transferId);
    }

    private static List<Long> existing(String table, long... ids) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (long id : ids) {
            in.append(in.length() == 0 ? "" : ",").append(id);
        }
        return TestDatabase.query("SELECT id FROM " + table + " WHERE id IN (" + in + ") ORDER BY id").stream()
                .map(row -> ((Number) row.get("id")).longValue()).toList();
    }
}
