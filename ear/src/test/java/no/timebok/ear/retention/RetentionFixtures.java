package no.timebok.ear.retention;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.peers.Peers;
import org.awaitility.Awaitility;

/**
 * Rows as the application stores them, written straight into the test database with stamps in the
 * past of a moved clock, and the receipts the runs leave.
 */
final class RetentionFixtures {

    static final List<String> POLICIES = List.of("FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private RetentionFixtures() {
    }

    /** A booking request with every personal field filled, submitted at the given instant. */
    static String request(Instant submittedAt) throws SQLException {
        return request(submittedAt, 1, 11);
    }

    /** The same at another clinic, for a visit type of that clinic. */
    static String request(Instant submittedAt, long clinicId, long visitTypeId) throws SQLException {
        String reference = "TB-" + random(4) + "-" + random(2);
        // A well-formed receipt token (22 base64url characters), so the public API can look the row up.
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        TestDatabase.update("INSERT INTO booking_request (reference, receipt_token, clinic_id, visit_type_id, first_name, last_name,"
                        + " phone_e164, email, national_id_sealed, free_text_sealed, status, submitted_at)"
                        + " VALUES (?, ?, ?, ?, 'Kari', 'Nordmann', '+4791234567', 'kari@example.no', X'0102', X'0304', 'NEW', ?)",
                reference, token, clinicId, visitTypeId, utc(submittedAt));
        return reference;
    }

    /** An SMS in the outbox under the reference, created at the given instant. */
    static long message(String reference, Instant createdAt) throws SQLException {
        return message(reference, createdAt, 1, "+4791234567");
    }

    /**
     * An SMS already sent under the reference to this number, so that a reply from the number joins
     * the reference's thread.
     */
    static long sentMessage(String reference, Instant createdAt, long clinicId, String recipient) throws SQLException {
        long id = message(reference, createdAt, clinicId, recipient);
        TestDatabase.update("UPDATE outbox_message SET state = 'SENT', sent_at = ? WHERE id = ?", utc(createdAt), id);
        return id;
    }

    private static long message(String reference, Instant createdAt, long clinicId, String recipient) throws SQLException {
        TestDatabase.update("INSERT INTO outbox_message (kind, clinic_id, subject_reference, channel, recipient, language,"
                        + " fields_json, state, attempts, next_attempt_at, created_at)"
                        + " VALUES ('APPOINTMENT_REMINDER', ?, ?, 'SMS', ?, 'nb', '{\"NAME\":\"Kari\"}', 'QUEUED', 0, ?, ?)",
                clinicId, reference, recipient, utc(createdAt), utc(createdAt));
        return ((Number) TestDatabase.query("SELECT MAX(id) AS id FROM outbox_message").get(0).get("id")).longValue();
    }

    static void journalDecision(long messageId, String decision, Instant decidedAt) throws SQLException {
        TestDatabase.update("INSERT INTO message_journal (source, message_id, decision, decided_at) VALUES ('outbox_message', ?, ?, ?)",
                messageId, decision, utc(decidedAt));
    }

    /**
     * A hold as the staff API writes it. The reason's ciphertext is a stand-in: purges test only
     * that a hold is active, never its reason.
     */
    static void hold(String reference, Instant placedAt) throws SQLException {
        TestDatabase.update("INSERT INTO legal_hold (subject_reference, reason_sealed, placed_at) VALUES (?, X'00', ?)",
                reference, utc(placedAt));
    }

    static void release(String reference, Instant releasedAt) throws SQLException {
        TestDatabase.update("UPDATE legal_hold SET released_at = ?, release_reason_sealed = X'00'"
                + " WHERE subject_reference = ? AND released_at IS NULL", utc(releasedAt), reference);
    }

    static Map<String, Object> requestRow(String reference) throws SQLException {
        return TestDatabase.query("SELECT * FROM booking_request WHERE reference = ?", reference).get(0);
    }

    static List<Map<String, Object>> messageRows(long id) throws SQLException {
        return TestDatabase.query("SELECT * FROM outbox_message WHERE id = ?", id);
    }

    /** Receipts after the given id, oldest first. */
    static List<Map<String, Object>> receiptsAfter(long id) throws SQLException {
        return TestDatabase.query("SELECT * FROM retention_receipt WHERE id > ? ORDER BY id", id);
    }

    static long lastReceiptId() throws SQLException {
        if (TestDatabase.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'retention_receipt'") == 0) {
            return 0;
        }
        return TestDatabase.count("SELECT COALESCE(MAX(id), 0) FROM retention_receipt");
    }

    /**
     * Waits until the runs after {@code afterId} have finished for each named policy, and answers
     * all receipts after {@code afterId}.
     */
    static List<Map<String, Object>> awaitFinishedRuns(long afterId, String... policies) {
        return Awaitility.await("finished runs of " + List.of(policies) + " after receipt " + afterId)
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> receiptsAfter(afterId), receipts -> List.of(policies).stream().allMatch(policy -> receipts.stream()
                        .anyMatch(r -> policy.equals(r.get("policy")) && !"RUNNING".equals(r.get("outcome")))));
    }

    /**
     * Waits until every policy has been checked (and run, when it was due) at or after
     * {@code since}, by the application's clock: after that, no check of that start is still going.
     */
    static void awaitChecksSince(Instant since) {
        Peers.await(Duration.ofMinutes(2), "every retention policy checked since " + since, () -> {
            try {
                return TestDatabase.count("SELECT COUNT(*) FROM retention_lock WHERE last_checked_at >= ?", utc(since))
                        == POLICIES.size();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String random(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
