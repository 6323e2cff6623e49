package no.timebok.ear.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

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
        QueuedSms.insert(url, BATCH_CLINIC, "+474", size, Instant.now().plus(Duration.ofDays(365)));
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
            due.setTimestamp(1, QueuedSms.utc(Instant.now().minusSeconds(1)));
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

}
