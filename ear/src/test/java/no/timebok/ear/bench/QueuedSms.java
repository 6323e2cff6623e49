package no.timebok.ear.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Queued SMS written straight into the outbox in batched JDBC inserts, for the benchmarks that
 * measure the relay. Their references look like a booking's but are never one ({@code TB-R…} has
 * no second hyphen); message {@code n} is due at {@code notBefore + n} milliseconds.
 */
final class QueuedSms {

    private static final int COMMIT_EVERY = 5_000;

    private QueuedSms() {
    }

    static void insert(String url, long clinicId, String mobilePrefix, int count, Instant notBefore) throws SQLException {
        try (Connection c = DriverManager.getConnection(batched(url), "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_message (kind, clinic_id, subject_reference,"
                    + " channel, recipient, language, fields_json, state, attempts, next_attempt_at, created_at)"
                    + " VALUES ('REQUEST_RECEIVED', ?, ?, 'SMS', ?, 'nb', ?, 'QUEUED', 0, ?, ?)")) {
                Timestamp now = utc(Instant.now());
                for (int n = 0; n < count; n++) {
                    String reference = reference(n);
                    insert.setLong(1, clinicId);
                    insert.setString(2, reference);
                    insert.setString(3, mobilePrefix + String.format("%07d", n));
                    insert.setString(4, "{\"CLINIC\":\"Oslo sentrum\",\"REFERENCE\":\"" + reference + "\"}");
                    insert.setTimestamp(5, utc(notBefore.plusMillis(n)));
                    insert.setTimestamp(6, now);
                    insert.addBatch();
                    if ((n + 1) % COMMIT_EVERY == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }

    static String reference(int n) {
        return String.format("TB-R%08X", n);
    }

    static String batched(String url) {
        return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    /** The schema keeps UTC wall-clock times. */
    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
