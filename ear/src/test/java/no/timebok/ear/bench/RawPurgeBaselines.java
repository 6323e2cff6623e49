package no.timebok.ear.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The purge benchmark's baselines: one raw statement per policy doing its change to a copy of the
 * same rows (same definition and indexes), with no legal-hold or journal check and one transaction.
 */
final class RawPurgeBaselines {

    private static final Logger LOG = Logger.getLogger(RawPurgeBaselines.class.getName());

    /** Seconds until the statement returned, and until InnoDB had also purged what it left (see {@link InnoDbCleanup}). */
    record Timing(long rows, double statementSeconds, double cleanedUpSeconds) {

        double statementRate() {
            return rows / statementSeconds;
        }

        double cleanedUpRate() {
            return rows / cleanedUpSeconds;
        }
    }

    private RawPurgeBaselines() {
    }

    static Map<String, Timing> measure(String url) throws SQLException, InterruptedException {
        PurgeBenchmark.execute(url, "DROP TABLE IF EXISTS bench_purge_request");
        PurgeBenchmark.execute(url, "CREATE TABLE bench_purge_request LIKE booking_request");
        PurgeBenchmark.execute(url, "INSERT INTO bench_purge_request SELECT * FROM booking_request");
        PurgeBenchmark.execute(url, "DROP TABLE IF EXISTS bench_purge_message");
        PurgeBenchmark.execute(url, "CREATE TABLE bench_purge_message LIKE outbox_message");
        PurgeBenchmark.execute(url, "INSERT INTO bench_purge_message SELECT * FROM outbox_message");
        Timestamp cutoff = PurgeBenchmark.utc(Instant.now().minus(Duration.ofDays(200)));
        Timestamp now = PurgeBenchmark.utc(Instant.now());
        Map<String, Timing> timings = new LinkedHashMap<>();
        timings.put("FREE_TEXT", timed(url, "UPDATE bench_purge_request SET free_text_sealed = NULL, free_text_erased_at = ?"
                + " WHERE free_text_erased_at IS NULL AND submitted_at < ?", now, cutoff));
        timings.put("CONTACT_DATA", timed(url, "UPDATE bench_purge_request SET first_name = NULL, last_name = NULL, phone_e164 = NULL,"
                + " email = NULL, national_id_sealed = NULL, contact_erased_at = ? WHERE contact_erased_at IS NULL AND submitted_at < ?",
                now, cutoff));
        timings.put("CORRESPONDENCE", timed(url, "DELETE FROM bench_purge_message WHERE created_at < ? AND created_at < ?", cutoff, cutoff));
        PurgeBenchmark.execute(url, "DROP TABLE bench_purge_request");
        PurgeBenchmark.execute(url, "DROP TABLE bench_purge_message");
        return timings;
    }

    private static Timing timed(String url, String sql, Timestamp first, Timestamp second) throws SQLException, InterruptedException {
        // The copies' own insertion, or the statement before, must not be charged to this one.
        InnoDbCleanup.awaitDone(url);
        try (Connection c = DriverManager.getConnection(url, "root", ""); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setTimestamp(1, first);
            statement.setTimestamp(2, second);
            Instant start = Instant.now();
            int rows = statement.executeUpdate();
            Instant returned = Instant.now();
            Instant cleanedUp = InnoDbCleanup.awaitDone(url);
            Timing timing = new Timing(rows, seconds(start, returned), seconds(start, cleanedUp));
            LOG.info(() -> String.format(Locale.ROOT, "Raw: %,d rows in %.1f s, %.1f s until InnoDB purged its undo: %s", rows,
                    timing.statementSeconds(), timing.cleanedUpSeconds(), sql));
            return timing;
        }
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
