package no.timebok.ear.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The baseline: raw JDBC autocommit inserts, one row per statement, of rows shaped like a booking
 * request (same table definition and indexes, similar sizes), into the same MariaDB.
 */
final class JdbcBaseline {

    private static final String TABLE = "bench_baseline_request";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;

    JdbcBaseline(String url) {
        this.url = url;
    }

    /** Rows per second with {@code connections} connections inserting {@code rows} rows in all. */
    double insertsPerSecond(int connections, int rows) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " LIKE booking_request");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                workers.add(pool.submit(() -> insertUntil(rows, next)));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + TABLE);
        }
        return rows / seconds;
    }

    private Void insertUntil(int rows, AtomicInteger next) throws SQLException {
        String sql = "INSERT INTO " + TABLE + " (reference, receipt_token, clinic_id, visit_type_id, first_name, last_name,"
                + " phone_e164, email, free_text_sealed, status, submitted_at, preferred_part_of_day, language)"
                + " VALUES (?, ?, 2, 21, 'Kari', ?, ?, ?, ?, 'NEW', ?, 'ANY', 'nb')";
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int n = next.getAndIncrement(); n < rows; n = next.getAndIncrement()) {
                insert.setString(1, String.format("TB-%06d", n));
                insert.setString(2, token());
                insert.setString(3, "Benchmark-" + n);
                insert.setString(4, "+479" + String.format("%07d", n));
                insert.setString(5, "bench" + n + "@example.no");
                insert.setBytes(6, sealedSize());
                insert.setTimestamp(7, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
        }
        return null;
    }

    private static String token() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    /** As long as a sealed free text of about sixty characters: Tink's prefix, nonce and tag included. */
    private static byte[] sealedSize() {
        byte[] bytes = new byte[5 + 12 + 60 + 16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "root", "");
    }
}
