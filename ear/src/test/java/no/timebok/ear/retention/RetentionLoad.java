package no.timebok.ear.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;

/** Enough due rows for a run to take a while, and calls started at the same instant. */
public final class RetentionLoad {

    /** V never occurs in real references (nor in the benchmark's U), so these rows are recognisable. */
    private static final String PREFIX = "TB-V";
    /**
     * Exactly these rows: the other fixtures' random references ({@code TB-V3K9-2M}) may start with
     * V too, and those are not this load's to count or delete.
     */
    private static final String MINE = "reference REGEXP '^TB-V[0-9A-F]{8}$'";
    private static final int BATCH = 5_000;

    private RetentionLoad() {
    }

    /** Inserts {@code count} requests at Bergen, submitted at {@code submittedAt}, with free text to erase. */
    public static int expiredRequests(int count, Instant submittedAt) throws SQLException {
        int first = (int) TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE " + MINE);
        try (Connection c = TestDatabase.connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO booking_request (reference, receipt_token, clinic_id,"
                     + " visit_type_id, first_name, last_name, phone_e164, email, national_id_sealed, free_text_sealed, status,"
                     + " submitted_at) VALUES (?, ?, 3, 31, 'Kari', 'Last', '+4791234567', 'load@example.no', X'0102', ?, 'NEW', ?)")) {
            c.setAutoCommit(false);
            byte[] sealed = new byte[120];
            for (int n = first; n < first + count; n++) {
                insert.setString(1, String.format(PREFIX + "%08X", n));
                insert.setString(2, String.format("load%018d", n));
                insert.setBytes(3, sealed);
                insert.setTimestamp(4, Timestamp.valueOf(RetentionFixtures.utc(submittedAt.plusMillis(n % 1000))));
                insert.addBatch();
                if ((n + 1 - first) % BATCH == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return count;
    }

    /**
     * {@code count} requests at Bergen with contact data and an SMS each, submitted and sent at
     * {@code at} three to a second, so that rows share a stamp and a chunk can end between them.
     */
    public static List<String> contactsWithThreads(int count, Instant at) throws SQLException {
        int first = (int) TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE " + MINE);
        List<String> references = new ArrayList<>();
        try (Connection c = TestDatabase.connect();
             PreparedStatement request = c.prepareStatement("INSERT INTO booking_request (reference, receipt_token, clinic_id,"
                     + " visit_type_id, first_name, last_name, phone_e164, email, status, submitted_at)"
                     + " VALUES (?, ?, 3, 31, 'Kari', 'Last', '+4791234567', 'load@example.no', 'NEW', ?)");
             PreparedStatement message = c.prepareStatement("INSERT INTO outbox_message (kind, clinic_id, subject_reference,"
                     + " channel, recipient, language, fields_json, state, attempts, sent_at, created_at)"
                     + " VALUES ('APPOINTMENT_REMINDER', 3, ?, 'SMS', '+4791234567', 'nb', '{}', 'DELIVERED', 1, ?, ?)")) {
            for (int n = first; n < first + count; n++) {
                String reference = String.format(PREFIX + "%08X", n);
                Timestamp stamp = Timestamp.valueOf(RetentionFixtures.utc(at.plusSeconds((n - first) / 3)));
                request.setString(1, reference);
                request.setString(2, String.format("load%018d", n));
                request.setTimestamp(3, stamp);
                request.executeUpdate();
                message.setString(1, reference);
                message.setTimestamp(2, stamp);
                message.setTimestamp(3, stamp);
                message.executeUpdate();
                references.add(reference);
            }
        }
        return references;
    }

    /** A legal hold on the reference, placed now. */
    public static void hold(String reference) throws SQLException {
        RetentionFixtures.hold(reference, Instant.now());
    }

    /** Those of the references whose request still has its contact data, in order. */
    public static List<String> withContactData(List<String> references) throws SQLException {
        return among(references, "SELECT reference AS found FROM booking_request WHERE " + MINE
                + " AND last_name IS NOT NULL AND contact_erased_at IS NULL");
    }

    /** Those of the references with a message left in the outbox, in order. */
    public static List<String> withMessages(List<String> references) throws SQLException {
        return among(references, "SELECT subject_reference AS found FROM outbox_message WHERE "
                + MINE.replace("reference", "subject_reference"));
    }

    private static List<String> among(List<String> references, String sql) throws SQLException {
        Set<Object> found = TestDatabase.query(sql).stream().map(row -> row.get("found")).collect(Collectors.toSet());
        return references.stream().filter(found::contains).toList();
    }

    /** Seeded requests whose free text is still there. */
    public static long remaining() throws SQLException {
        return TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE " + MINE + " AND free_text_sealed IS NOT NULL");
    }

    /** Deletes the seeded requests, so later test classes' queues at Bergen are their own. */
    public static void remove() throws SQLException {
        TestDatabase.update("DELETE FROM booking_request WHERE " + MINE);
        TestDatabase.update("DELETE FROM outbox_message WHERE " + MINE.replace("reference", "subject_reference"));
        TestDatabase.update("DELETE FROM legal_hold WHERE " + MINE.replace("reference", "subject_reference"));
    }

    /** Runs each call on its own thread, all released at once, and answers their results in order. */
    @SafeVarargs
    public static <T> List<T> atOnce(Supplier<T>... calls) throws InterruptedException, ExecutionException {
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch ready = new CountDownLatch(calls.length);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Supplier<T> call : calls) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.get();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }
}
