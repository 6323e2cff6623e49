package no.timebok.ear.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Retention purge rate and the public form's latency during a purge. Seeds a million expired
 * booking requests and a million messages of an earlier month, and measures one raw SQL UPDATE or
 * DELETE of the same rows in copies of the tables (same definition and indexes). Then the
 * application purges them: it starts with no receipts, so its start-up check runs every policy, in
 * chunks, and the receipts give each policy's rows and time. The form's p99 is measured after a
 * start with nothing to purge and during the purge of a second seeding, so both sides include the
 * same cold start. Run with {@code ./bench.sh purge}.
 */
public final class PurgeBenchmark {

    private static final Logger LOG = Logger.getLogger(PurgeBenchmark.class.getName());
    static final int ROWS = Integer.getInteger("timebok.bench.rows", 1_000_000);
    private static final int BATCH = 5_000;
    private static final List<String> POLICIES = List.of("FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");
    static final int FORM_CLIENTS = 8;
    static final Duration WARM_UP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(20);

    private PurgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        Path ear = Path.of(args[1]);
        try (BenchStack stack = new BenchStack(Path.of(args[0]), work, ear)) {
            stack.start();
            System.setProperty("timebok.it.baseUrl", stack.baseUrl());
            String url = stack.database().url() + (stack.database().url().contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
            // The start-up check runs every policy once on the empty tables; seeding waits for it, so
            // that run cannot take some of the rows before the baseline copies them.
            awaitPurges(url);
            Instant expired = Instant.now().minus(Duration.ofDays(400));
            seed(url, expired, 0);
            Map<String, RawPurgeBaselines.Timing> raw = RawPurgeBaselines.measure(url);

            // 1. Each policy alone, as its own schedule runs it: with only its receipts gone, the
            // start-up check finds it the one overdue policy.
            // Each also until InnoDB has purged its undo, as the baselines are (see InnoDbCleanup).
            Map<String, double[]> alone = new LinkedHashMap<>();
            Map<String, Double> aloneCleanedUp = new LinkedHashMap<>();
            for (String policy : POLICIES) {
                execute(url, "DELETE FROM retention_receipt WHERE policy = '" + policy + "'");
                InnoDbCleanup.awaitDone(url);
                stack.redeploy(ear);
                try (ServerProfile profile = stack.profile("purge-" + policy.toLowerCase(Locale.ROOT).replace('_', '-'))) {
                    profile.open();
                    alone.put(policy, awaitPurge(url, policy));
                }
                Instant cleanedUp = InnoDbCleanup.awaitDone(url);
                aloneCleanedUp.put(policy, (cleanedUp.toEpochMilli() - alone.get(policy)[2]) / 1000.0);
            }

            // 2. The form after a start with nothing to purge (the receipts above make nothing overdue).
            stack.redeploy(ear);
            LoadRun.Result quiet = LoadRun.run(IntakeBenchmark.formClients(FORM_CLIENTS, "2001:db8:d::"), WARM_UP, MEASURE);

            // 3. The form during a purge of as many rows again, after the same kind of start: every
            // policy overdue, as after an outage across their schedules.
            seed(url, expired, ROWS);
            execute(url, "DELETE FROM retention_receipt");
            stack.redeploy(ear);
            Instant loadFrom = Instant.now();
            CompletableFuture<LoadRun.Result> underPurge = CompletableFuture.supplyAsync(() -> {
                try {
                    return LoadRun.run(IntakeBenchmark.formClients(FORM_CLIENTS, "2001:db8:e::"), WARM_UP, MEASURE);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Map<String, double[]> loaded = awaitPurges(url);
            LoadRun.Result busy = underPurge.get();

            String report = PurgeReport.text(raw, alone, aloneCleanedUp, loaded, quiet, busy, loadFrom);
            PurgeReport.goals(raw, alone, aloneCleanedUp, quiet, busy).writeTo(work);
            Files.writeString(work.resolve("purge-results.md"), report);
            LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("purge-results.md") + ")");
        }
        System.exit(0);
    }

    /** {@code ROWS} requests and as many messages, numbered from {@code first} so a second seeding does not collide. */
    private static void seed(String url, Instant expired, int first) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO booking_request (reference, receipt_token, clinic_id,"
                    + " visit_type_id, first_name, last_name, phone_e164, email, national_id_sealed, free_text_sealed, status,"
                    + " submitted_at) VALUES (?, ?, 2, 21, 'Kari', ?, ?, ?, ?, ?, 'NEW', ?)")) {
                byte[] sealed = new byte[180];
                for (int n = first; n < first + ROWS; n++) {
                    // U never occurs in real references, so the form's requests during the run cannot collide.
                    insert.setString(1, String.format("TB-U%08X", n));
                    insert.setString(2, String.format("bench%017d", n));
                    insert.setString(3, "Benchmark-" + n);
                    insert.setString(4, "+479" + String.format("%07d", n));
                    insert.setString(5, "bench" + n + "@example.no");
                    insert.setBytes(6, new byte[40]);
                    insert.setBytes(7, sealed);
                    insert.setTimestamp(8, utc(expired.plusMillis(n)));
                    insert.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            // Delivered long ago, as an earlier month's messages are: queued ones would keep the relay
            // (with no gateway here) busy failing a million sends beside the purge it measures.
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO outbox_message (kind, clinic_id, subject_reference,"
                    + " channel, recipient, language, fields_json, state, attempts, sent_at, created_at)"
                    + " VALUES ('APPOINTMENT_REMINDER', 2, ?, 'SMS', ?, 'nb', '{\"NAME\":\"Kari\"}', 'DELIVERED', 1, ?, ?)")) {
                for (int n = first; n < first + ROWS; n++) {
                    insert.setString(1, String.format("TB-L%08X", n));
                    insert.setString(2, "+479" + String.format("%07d", n));
                    insert.setTimestamp(3, utc(expired.plusMillis(n)));
                    insert.setTimestamp(4, utc(expired.plusMillis(n)));
                    insert.addBatch();
                    if ((n + 1) % BATCH == 0) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
        }
        LOG.info(() -> String.format(Locale.ROOT, "Seeded %,d requests and %,d messages in %.0f s", ROWS, ROWS,
                (System.nanoTime() - start) / 1e9));
    }

    /** The policy's one receipt once its run is over: rows, seconds, started and ended (epoch ms). */
    private static double[] awaitPurge(String url, String policy) throws Exception {
        return awaitFinished(url, done -> done.containsKey(policy)).get(policy);
    }

    /** Per policy, once every policy's run is over: rows, seconds, started and ended (epoch ms). */
    private static Map<String, double[]> awaitPurges(String url) throws Exception {
        return awaitFinished(url, done -> done.size() == POLICIES.size());
    }

    /** Polls the finished runs' receipts, by policy, until they satisfy {@code enough}. */
    private static Map<String, double[]> awaitFinished(String url, Predicate<Map<String, double[]>> enough)
            throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (Instant.now().isBefore(deadline)) {
            Map<String, double[]> done = new LinkedHashMap<>();
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT policy, outcome, rows_json, started_at, ended_at FROM retention_receipt")) {
                while (rs.next()) {
                    if ("RUNNING".equals(rs.getString("outcome"))) {
                        continue;
                    }
                    if (!"SUCCEEDED".equals(rs.getString("outcome"))) {
                        throw new IllegalStateException("A purge ended " + rs.getString("outcome") + ": " + rs.getString("policy"));
                    }
                    Instant started = rs.getTimestamp("started_at").toLocalDateTime().toInstant(ZoneOffset.UTC);
                    Instant ended = rs.getTimestamp("ended_at").toLocalDateTime().toInstant(ZoneOffset.UTC);
                    long rows = mainRows(rs.getString("policy"), rs.getString("rows_json"));
                    done.put(rs.getString("policy"), new double[] {rows, Duration.between(started, ended).toMillis() / 1000.0,
                            started.toEpochMilli(), ended.toEpochMilli()});
                }
            }
            if (enough.test(done)) {
                return done;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The purges did not finish in 20 minutes");
    }

    /**
     * The rows of the table the raw baseline changes: receipts list their tables in name order, so
     * for correspondence the first one is the (empty) inbound table, not the outbox.
     */
    private static long mainRows(String policy, String json) {
        String table = switch (policy) {
            case "FREE_TEXT" -> "booking_request.free_text";
            case "CONTACT_DATA" -> "booking_request.contact";
            case "CORRESPONDENCE" -> "outbox_message";
            default -> throw new IllegalArgumentException(policy);
        };
        for (String part : json.replaceAll("[{}\"]", "").split(",")) {
            String[] entry = part.split(":");
            if (entry[0].strip().equals(table)) {
                return Long.parseLong(entry[1].strip());
            }
        }
        throw new IllegalStateException("No " + table + " in the receipt of " + policy + ": " + json);
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
