package no.timebok.ear.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * SMS for the relay to send, seeded straight into the outbox as the relay benchmark does: queued
 * for a clinic the load does not book for (clinic 1), due a year ahead so the relay leaves them
 * alone, and made due at one instant when the measurement starts.
 */
final class SmsBatch {

    /** The clinic the booking load posts for; its confirmations are what the relay works off beside the load. */
    private static final long LOAD_CLINIC = 2;
    private static final long BATCH_CLINIC = 1;

    private final String url;
    private final int size;

    SmsBatch(String url, int size) {
        this.url = url;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** Queues the batch a year ahead, in batched JDBC inserts. */
    void seed() throws SQLException {
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true",
                "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_message (kind, clinic_id, subject_reference,"
                    + " channel, recipient, language, fields_json, state, attempts, next_attempt_at, created_at)"
                    + " VALUES ('REQUEST_RECEIVED', ?, ?, 'SMS', ?, 'nb', ?, 'QUEUED', 0, ?, ?)")) {
                Instant notBefore = Instant.now().plus(Duration.ofDays(365));
                Timestamp now = utc(Instant.now());
                for (int n = 0; n < size; n++) {
                    // Twelve characters, like a booking's reference, but never one (those have a second hyphen).
                    String reference = String.format("TB-R%08X", n);
                    insert.setLong(1, BATCH_CLINIC);
                    insert.setString(2, reference);
                    insert.setString(3, "+474" + String.format("%07d", n));
                    insert.setString(4, "{\"CLINIC\":\"Oslo sentrum\",\"REFERENCE\":\"" + reference + "\"}");
                    insert.setTimestamp(5, utc(notBefore.plusMillis(n)));
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    /**
     * Waits until the relay has sent the confirmations of the booking load, so that the batch's
     * measurement charges the relay with the batch alone.
     */
    void awaitLoadConfirmationsSent(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long waiting;
        do {
            waiting = count("SELECT COUNT(*) FROM outbox_message WHERE clinic_id = " + LOAD_CLINIC
                    + " AND state IN ('QUEUED', 'SENDING')");
            if (waiting == 0) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException(waiting + " confirmations of the booking load were still unsent after "
                + timeout.toSeconds() + " s");
    }

    /** Makes the whole batch due now: the relay's next run takes it. */
    void makeDue() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "");
             PreparedStatement due = c.prepareStatement("UPDATE outbox_message SET next_attempt_at = ?"
                     + " WHERE clinic_id = ? AND state = 'QUEUED'")) {
            due.setTimestamp(1, utc(Instant.now().minusSeconds(1)));
            due.setLong(2, BATCH_CLINIC);
            int made = due.executeUpdate();
            if (made != size) {
                throw new IllegalStateException("Made " + made + " SMS due, not the " + size + " seeded");
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The schema keeps UTC wall-clock times, as the relay benchmark writes them. */
    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
