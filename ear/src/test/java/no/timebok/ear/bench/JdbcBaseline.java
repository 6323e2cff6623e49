package no.timebok.ear.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * Baselines in raw JDBC on the same MariaDB: autocommit inserts, one row per statement, of rows
 * shaped like a booking request (same table definition and indexes, similar sizes); and the reads
 * the rights matcher's national-ID scan sends, without the application around them.
 */
final class JdbcBaseline {

    private static final String TABLE = "bench_baseline_request";
    private static final String OUTBOX = "bench_baseline_outbox";
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
        double seconds = secondsOf(connections, next -> insertUntil(rows, next));
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + TABLE);
        }
        return rows / seconds;
    }

    /**
     * Transactions per second with {@code connections} connections, each transaction writing what
     * the public form's post writes (the request and its confirmation's outbox row; the benchmark's
     * form asks for no newsletter, so no consent row) and committing: the raw-JDBC ceiling
     * for the same writes.
     */
    double intakeTransactionsPerSecond(int connections, int transactions) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + TABLE);
            s.execute("CREATE TABLE " + TABLE + " LIKE booking_request");
            s.execute("DROP TABLE IF EXISTS " + OUTBOX);
            s.execute("CREATE TABLE " + OUTBOX + " LIKE outbox_message");
        }
        double seconds = secondsOf(connections, next -> transactUntil(transactions, next));
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + TABLE);
            s.execute("DROP TABLE " + OUTBOX);
        }
        return transactions / seconds;
    }

    /** Seconds {@code connections} workers take, each running {@code work} on a shared counter until it is done. */
    private static double secondsOf(int connections, Worker work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < connections; w++) {
                workers.add(pool.submit(() -> work.runOn(next)));
            }
            for (Future<?> f : workers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** One connection's share of a baseline, taking its next row or transaction from the shared counter. */
    @FunctionalInterface
    private interface Worker {
        Void runOn(AtomicInteger next) throws SQLException;
    }

    /** One row of the national-ID scan, as the matcher reads it. */
    @FunctionalInterface
    interface SealedRow {
        void accept(long id, String reference, String receiptToken, byte[] nationalIdSealed);
    }

    /** What one scan read and how long it took, connecting excluded (the server's pool is connected already). */
    record Scan(int rows, long nanos) {
    }

    /**
     * The clinic's rows that hold a sealed national ID, in id order, {@code batch} rows a query,
     * exactly as {@code SubjectMatcher} selects them, each handed to {@code each}.
     */
    Scan scanSealedNationalIds(long clinicId, int batch, SealedRow each) throws SQLException {
        String sql = "SELECT id, reference, receipt_token, national_id_sealed FROM booking_request"
                + " WHERE clinic_id = ? AND id > ? AND national_id_sealed IS NOT NULL ORDER BY id LIMIT " + batch;
        try (Connection c = connect(); PreparedStatement select = c.prepareStatement(sql)) {
            long start = System.nanoTime();
            int rows = 0;
            long after = 0;
            int read;
            do {
                select.setLong(1, clinicId);
                select.setLong(2, after);
                read = 0;
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        each.accept(after, rs.getString(2), rs.getString(3), rs.getBytes(4));
                        read++;
                    }
                }
                rows += read;
            } while (read == batch);
            return new Scan(rows, System.nanoTime() - start);
        }
    }

    private Void insertUntil(int rows, AtomicInteger next) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(insertSql())) {
            c.setAutoCommit(true);
            for (int n = next.getAndIncrement(); n < rows; n = next.getAndIncrement()) {
                bindRequest(insert, n);
                insert.executeUpdate();
            }
        }
        return null;
    }

    private Void transactUntil(int transactions, AtomicInteger next) throws SQLException {
        String outbox = "INSERT INTO " + OUTBOX + " (kind, clinic_id, subject_reference, channel, recipient, language,"
                + " fields_json, state, next_attempt_at, created_at) VALUES ('REQUEST_RECEIVED', 2, ?, 'SMS', ?, 'nb', ?, 'QUEUED', ?, ?)";
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement(insertSql());
             PreparedStatement message = c.prepareStatement(outbox)) {
            c.setAutoCommit(false);
            for (int n = next.getAndIncrement(); n < transactions; n = next.getAndIncrement()) {
                bindRequest(insert, n);
                insert.executeUpdate();
                Timestamp now = Timestamp.from(Instant.now());
                message.setString(1, String.format("TB-%06d", n));
                message.setString(2, "+479" + String.format("%07d", n));
                message.setString(3, "{\"REFERENCE\":\"" + String.format("TB-%06d", n) + "\",\"CLINIC\":\"Timebok Demo\"}");
                message.setTimestamp(4, now);
                message.setTimestamp(5, now);
                message.executeUpdate();
                c.commit();
            }
        }
        return null;
    }

    private static String insertSql() {
        return "INSERT INTO " + TABLE + " (reference, receipt_token, clinic_id, visit_type_id, first_name, last_name,"
                + " phone_e164, email, free_text_sealed, status, submitted_at, preferred_part_of_day, language)"
                + " VALUES (?, ?, 2, 21, 'Kari', ?, ?, ?, ?, 'NEW', ?, 'ANY', 'nb')";
    }

    private static void bindRequest(PreparedStatement insert, int n) throws SQLException {
        insert.setString(1, String.format("TB-%06d", n));
        insert.setString(2, token());
        insert.setString(3, "Benchmark-" + n);
        insert.setString(4, "+479" + String.format("%07d", n));
        insert.setString(5, "bench" + n + "@example.no");
        insert.setBytes(6, sealedSize());
        insert.setTimestamp(7, Timestamp.from(Instant.now()));
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
