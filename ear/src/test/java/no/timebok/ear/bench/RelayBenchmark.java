package no.timebok.ear.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.MailPeer;

/**
 * The outbox relay against the fake Sveve gateway, and the cost of its claim query.
 *
 * <p>Throughput: {@code MESSAGES} queued SMS become due at one instant, and the time until the
 * fake has taken the last gives the relay's messages per second. The baseline is the fake's own
 * capacity in the same run: as many Sveve calls posted straight to it by as many concurrent
 * clients as the relay's parallelism, with the JDK HTTP client.
 *
 * <p>Claim overhead: with {@code QUEUED_ROWS} queued rows in the table, the relay's claim
 * ({@code SELECT ... FOR UPDATE SKIP LOCKED} of one batch, in a transaction that commits) against
 * the same SELECT without the lock, autocommitted, on the same table and index. Then the same
 * claim while another transaction holds the first batch, so SKIP LOCKED has rows to skip. The claim
 * checks each row against the processing restrictions (GDPR art. 18, {@code RESTRICTED} of them,
 * none among the rows sent); the claim without that check, as it was before, shows its cost.
 * Run with {@code ./bench.sh relay}.
 */
public final class RelayBenchmark {

    private static final Logger LOG = Logger.getLogger(RelayBenchmark.class.getName());
    private static final int QUEUED_ROWS = Integer.getInteger("timebok.bench.rows", 100_000);
    private static final int MESSAGES = Integer.getInteger("timebok.bench.messages", 5_000);
    private static final int BATCH = Integer.parseInt(ConfigKey.RELAY_BATCH.defaultValue().orElseThrow());
    private static final int PARALLELISM = Integer.parseInt(ConfigKey.RELAY_PARALLELISM.defaultValue().orElseThrow());
    private static final int QUERY_ROUNDS = 3_000;
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-gateway-password";
    /** Restricted references (GDPR art. 18) in the benchmark: the claim probes each row against them. */
    private static final int RESTRICTED = 10_000;
    /** The claim's query as RelayStore runs it, restriction check included. */
    private static final String CLAIM = "SELECT id FROM outbox_message m WHERE state = 'QUEUED' AND next_attempt_at <= ?"
            + " AND (SELECT COUNT(*) FROM processing_restriction r WHERE r.clinic_id = m.clinic_id"
            + " AND r.subject_reference = m.subject_reference) = 0 ORDER BY next_attempt_at LIMIT ?";
    /** The claim before restrictions existed, to show what the check costs. */
    private static final String UNRESTRICTED_CLAIM = "SELECT id FROM outbox_message WHERE state = 'QUEUED'"
            + " AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?";

    private RelayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        // The JDK's HTTP server writes headers and body apart; without TCP_NODELAY each answer
        // waits for the client's delayed ACK (about 40 ms), and the fake, not the relay, would be measured.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int gatewayPort = BenchStack.PORT_BASE + 10;
        try (FakeSveveGateway gateway = FakeSveveGateway.start(gatewayPort, USER, PASSWORD);
             MailPeer mail = MailPeer.start(BenchStack.PORT_BASE + 11);
             BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]))) {
            stack.start(Map.of(
                    ConfigKey.SMS_URL.key(), "http://127.0.0.1:" + gatewayPort,
                    ConfigKey.SMS_USER.key(), USER,
                    ConfigKey.SMS_PASSWORD.key(), PASSWORD,
                    ConfigKey.SMS_WEBHOOK_SECRET.key(), "bench-webhook-secret",
                    ConfigKey.SMTP_HOST.key(), "127.0.0.1",
                    ConfigKey.SMTP_PORT.key(), Integer.toString(mail.port()),
                    ConfigKey.SMTP_STARTTLS.key(), "false",
                    ConfigKey.SMS_CAP_PER_NUMBER_PER_DAY.key(), "1000000",
                    ConfigKey.RELAY_INTERVAL.key(), "PT0.2S"));
            String url = stack.database().url();
            // Not due for the relay (a year ahead), but due for the claim measured at ten years ahead.
            Instant future = Instant.now().plus(Duration.ofDays(365));
            seed(url, future);
            Instant probeAt = Instant.now().plus(Duration.ofDays(3650));
            double[] plain = timeQuery(url, CLAIM, probeAt, false, false);
            double[] claim = timeQuery(url, CLAIM, probeAt, true, false);
            double[] contended = timeQuery(url, CLAIM, probeAt, true, true);
            double[] unrestricted = timeQuery(url, UNRESTRICTED_CLAIM, probeAt, true, false);

            double direct = directCapacity(gateway, gatewayPort);
            int before = gateway.sent().size();
            double relay;
            try (ServerProfile profile = stack.profile("relay")) {
                profile.open();
                relay = relayThroughput(url, gateway, before);
            }
            new Goals("relay").ratioAtLeast("relay SMS/s / the fake gateway's capacity", relay / direct, 0.8).writeTo(work);

            String report = report(plain, claim, contended, unrestricted, direct, relay);
            Files.writeString(work.resolve("relay-results.md"), report);
            LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("relay-results.md") + ")");
        }
        System.exit(0);
    }

    private static void seed(String url, Instant notBefore) throws SQLException {
        long start = System.nanoTime();
        QueuedSms.insert(url, 1, "+479", QUEUED_ROWS, notBefore);
        // Restrictions of references the relay is not asked to send, so every claimed row is probed
        // against them and the throughput run still sends all it is given.
        try (Connection c = DriverManager.getConnection(QueuedSms.batched(url), "root", "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO processing_restriction (clinic_id, subject_reference,"
                     + " restricted_at) VALUES (1, ?, ?)")) {
            int restricted = Math.min(RESTRICTED, QUEUED_ROWS - MESSAGES);
            int step = Math.max(1, (QUEUED_ROWS - MESSAGES) / Math.max(1, restricted));
            for (int n = 0; n < restricted; n++) {
                insert.setString(1, QueuedSms.reference(QUEUED_ROWS - 1 - n * step));
                // Made a month ago: restrictions pile up over time, and few are recent.
                insert.setTimestamp(2, QueuedSms.utc(Instant.now().minus(Duration.ofDays(30))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE outbox_message");
            s.execute("ANALYZE TABLE processing_restriction");
        }
        LOG.info(() -> String.format(Locale.ROOT, "Seeded %,d queued messages in %.0f s", QUEUED_ROWS,
                (System.nanoTime() - start) / 1e9));
    }

    /**
     * Latency of one batch query, alternating warm-up and measurement: {p50 ms, p99 ms, mean ms}.
     * The claim runs as the relay's transaction does: lock the batch, commit. With {@code contended},
     * another connection holds the first batch locked throughout, as a concurrent relay run would.
     */
    private static double[] timeQuery(String url, String claimSql, Instant at, boolean forUpdate, boolean contended)
            throws SQLException {
        String sql = claimSql + (forUpdate ? " FOR UPDATE SKIP LOCKED" : "");
        try (Connection holder = DriverManager.getConnection(url, "root", "");
             Connection c = DriverManager.getConnection(url, "root", "");
             PreparedStatement query = c.prepareStatement(sql)) {
            if (contended) {
                holder.setAutoCommit(false);
                try (PreparedStatement hold = holder.prepareStatement(CLAIM + " FOR UPDATE SKIP LOCKED")) {
                    hold.setTimestamp(1, QueuedSms.utc(at));
                    hold.setInt(2, BATCH);
                    hold.executeQuery().close();
                }
            }
            c.setAutoCommit(!forUpdate);
            query.setTimestamp(1, QueuedSms.utc(at));
            query.setInt(2, BATCH);
            Latencies latencies = new Latencies();
            long total = 0;
            for (int round = 0; round < QUERY_ROUNDS * 2; round++) {
                long start = System.nanoTime();
                int rows = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                    }
                }
                if (forUpdate) {
                    c.commit();
                }
                long took = System.nanoTime() - start;
                if (rows != BATCH) {
                    throw new IllegalStateException("The query returned " + rows + " rows, not " + BATCH);
                }
                if (round >= QUERY_ROUNDS) {
                    latencies.add(took);
                    total += took;
                }
            }
            if (contended) {
                holder.rollback();
            }
            double mean = total / (double) QUERY_ROUNDS / 1e6;
            LOG.info(() -> String.format(Locale.ROOT, "%s%s%s: p50 %.3f ms, p99 %.3f ms", forUpdate ? "claim" : "plain select",
                    contended ? " (first batch held elsewhere)" : "", claimSql.equals(CLAIM) ? "" : " (no restriction check)", latencies.percentileMillis(50), latencies.percentileMillis(99)));
            return new double[] {latencies.percentileMillis(50), latencies.percentileMillis(99), mean};
        }
    }

    /** Sveve calls per second the fake takes straight from as many clients as the relay runs in parallel. */
    private static double directCapacity(FakeSveveGateway gateway, int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/SMS/SendMessage");
        int before = gateway.sent().size();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        try {
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < PARALLELISM; w++) {
                workers.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < MESSAGES; n = next.getAndIncrement()) {
                        String body = form(Map.of("user", USER, "passwd", PASSWORD, "to", "479" + String.format("%07d", n),
                                "msg", "Takk! Oslo sentrum har mottatt bestillingen din med referanse TB-D" + n
                                        + ". Vi kontakter deg for å avtale time.",
                                "from", "Timebok", "ref", "bench-direct-" + n, "f", "json"));
                        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (answer.statusCode() != 200 || !answer.body().contains("\"msgOkCount\":1")) {
                            throw new IllegalStateException("The fake refused a direct call: " + answer.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int taken = gateway.sent().size() - before;
            LOG.info(() -> String.format(Locale.ROOT, "Direct: %,d SMS in %.2f s", taken, seconds));
            return taken / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Makes {@code MESSAGES} of the queued rows due now and times the relay until the fake has them all. */
    private static double relayThroughput(String url, FakeSveveGateway gateway, int before) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "root", "");
             PreparedStatement due = c.prepareStatement("UPDATE outbox_message SET next_attempt_at = ? WHERE state = 'QUEUED'"
                     + " ORDER BY next_attempt_at LIMIT ?")) {
            due.setTimestamp(1, QueuedSms.utc(Instant.now().minusSeconds(1)));
            due.setInt(2, MESSAGES);
            long start = System.nanoTime();
            due.executeUpdate();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(15));
            while (gateway.sent().size() - before < MESSAGES) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("The relay sent " + (gateway.sent().size() - before) + " of " + MESSAGES
                            + " in 15 minutes");
                }
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.info(() -> String.format(Locale.ROOT, "Relay: %,d SMS in %.2f s", MESSAGES, seconds));
            Thread.sleep(2_000);
            if (gateway.sent().size() - before != MESSAGES) {
                throw new IllegalStateException("The fake took " + (gateway.sent().size() - before) + " SMS, not " + MESSAGES);
            }
            return MESSAGES / seconds;
        }
    }

    private static String report(double[] plain, double[] claim, double[] contended, double[] unrestricted, double direct,
                                 double relay) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Relay benchmark, one run: %,d queued SMS in outbox_message, batch %d,"
                + " relay parallelism %d, %,d restricted references.%n%n", QUEUED_ROWS, BATCH, PARALLELISM, RESTRICTED));
        r.append("| throughput | SMS | SMS/s | ratio to the fake's capacity |\n| --- | --- | --- | --- |\n");
        r.append(String.format(Locale.ROOT, "| fake gateway, posted straight to it (%d clients, JDK HTTP client) | %,d | %,.0f | 1.00 |%n",
                PARALLELISM, MESSAGES, direct));
        r.append(String.format(Locale.ROOT, "| relay, outbox to fake (due at once, until the fake has the last) | %,d | %,.0f | %.2f |%n",
                MESSAGES, relay, relay / direct));
        r.append(String.format(Locale.ROOT, "%n| query of one batch (%d rows) at %,d queued rows, %d runs | p50 ms | p99 ms | mean ms |"
                + " p50 ratio to plain |%n| --- | --- | --- | --- | --- |%n", BATCH, QUEUED_ROWS, QUERY_ROUNDS));
        r.append(row("plain indexed SELECT, autocommit", plain, plain));
        r.append(row("claim: SELECT … FOR UPDATE SKIP LOCKED + commit", claim, plain));
        r.append(row("claim while another transaction holds the first batch", contended, plain));
        r.append(row("claim without the restriction check (as before #7)", unrestricted, plain));
        return r.toString();
    }

    private static String row(String name, double[] v, double[] base) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.2f |%n", name, v[0], v[1], v[2], v[0] / base[0]);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> out.append(out.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

}
