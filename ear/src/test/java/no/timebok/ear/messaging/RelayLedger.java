package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;

/**
 * A run of due SMS written straight into the outbox, and its account afterwards: which message
 * never reached the gateway, and which reached it more often than the relay's own count of
 * ambiguous resends allows. The crash and failure tests ({@code ChaosIT}, {@code MultiNodeIT})
 * share it.
 */
public final class RelayLedger {

    private final String run = "C" + UUID.randomUUID().toString().substring(0, 5).toUpperCase(Locale.ROOT);
    private final int messages;

    /**
     * Writes {@code count} due SMS into the outbox, as booking's transactions would. They belong to
     * a clinic of their own (90), so they use up no real clinic's daily cap.
     */
    public RelayLedger(int count) throws SQLException {
        messages = count;
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection connection = TestDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_message (kind, clinic_id,"
                     + " subject_reference, channel, recipient, language, fields_json, state, attempts, next_attempt_at,"
                     + " created_at) VALUES ('REQUEST_RECEIVED', 90, ?, 'SMS', ?, 'nb', ?, 'QUEUED', 0, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String reference = run + String.format("%04d", i);
                insert.setString(1, reference);
                insert.setString(2, String.format("+479%07d", Math.floorMod((run + i).hashCode(), 10_000_000)));
                insert.setString(3, "{\"REFERENCE\":\"" + reference + "\",\"CLINIC\":\"Kaosklinikken\"}");
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    public int messages() {
        return messages;
    }

    /** Messages of the run the gateway took and answered or reported: SENT or DELIVERED. */
    public long settled() {
        try {
            return TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference LIKE ?"
                    + " AND state IN ('SENT', 'DELIVERED')", run + "%");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void awaitAllSettled(Duration patience) throws SQLException {
        Peers.await(patience, "all " + messages + " messages SENT or DELIVERED", () -> settled() == messages);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference LIKE ?"
                + " AND state NOT IN ('SENT', 'DELIVERED')", run + "%"));
    }

    /** What reached the gateway against what the outbox recorded, message by message. */
    public Tally tally(FakeSveveGateway sms) throws SQLException {
        List<Map<String, Object>> rows = TestDatabase.query("SELECT id, subject_reference, attempts, ambiguous_resends"
                + " FROM outbox_message WHERE subject_reference LIKE ?", run + "%");
        Map<String, List<SentSms>> atGateway = sms.sent().stream()
                .filter(s -> s.text().contains(run))
                .collect(Collectors.groupingBy(SentSms::reference));
        List<String> lost = new ArrayList<>();
        List<String> unaccounted = new ArrayList<>();
        long duplicated = 0;
        long ambiguous = 0;
        long attempts = 0;
        boolean anyLate = false;
        for (Map<String, Object> row : rows) {
            String reference = "tb-" + row.get("id");
            List<SentSms> copies = atGateway.getOrDefault(reference, List.of());
            int resends = ((Number) row.get("ambiguous_resends")).intValue();
            if (copies.isEmpty() || !copies.stream().allMatch(c -> c.text().contains((String) row.get("subject_reference")))) {
                lost.add(reference);
            }
            if (copies.size() - 1 > resends) {
                unaccounted.add(reference + " x" + copies.size() + " after " + resends + " ambiguous resends");
            }
            duplicated += Math.max(0, copies.size() - 1);
            ambiguous += resends;
            attempts += ((Number) row.get("attempts")).longValue();
            anyLate |= sms.lateAnswers(reference) > 0;
        }
        return new Tally(rows.size(), attempts, lost, unaccounted, duplicated, ambiguous, anyLate);
    }

    /**
     * The account of a run: none may be lost, and every message's duplicates are at most its
     * ambiguous resends (the gateway does not deduplicate, so a send whose outcome was unknown and
     * was not settled by a delivery report within the window is sent again).
     */
    public record Tally(int messages, long attempts, List<String> lost, List<String> unaccounted, long duplicated,
                        long ambiguousResends, boolean anyLateAnswer) {

        public String summary(String scenario) {
            return String.format(Locale.ROOT, "%s: %d messages, %d attempts, lost %d, duplicated %d, ambiguous resends %d",
                    scenario, messages, attempts, lost.size(), duplicated, ambiguousResends);
        }
    }
}
