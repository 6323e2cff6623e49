package no.timebok.ear.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.api.ApiClients;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;

/**
 * Intake throughput and latency: the public form's POST and the partners' JSON POST, each at 32 concurrent
 * clients over loopback, against raw JDBC autocommit inserts of the same row into the same MariaDB.
 * Run with {@code ./bench.sh intake}.
 */
public final class IntakeBenchmark {

    private static final Logger LOG = Logger.getLogger(IntakeBenchmark.class.getName());
    private static final int CLIENTS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final int COUNTED_REQUESTS = 40;
    private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|_shown)\" value=\"([^\"]*)\"");

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        BenchAdmin admin = new BenchAdmin();
        try (BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]), admin.config())) {
            stack.start();
            admin.useFor(stack);
            JdbcBaseline baseline = new JdbcBaseline(stack.database().url());
            baseline.insertsPerSecond(1, 500);
            double jdbcOne = baseline.insertsPerSecond(1, 3000);
            double jdbcMany = baseline.insertsPerSecond(CLIENTS, 6000);
            double jdbcTransactions = baseline.intakeTransactionsPerSecond(CLIENTS, 6000);
            LoadRun.Result ceiling = LoadRun.run(liveClients(), WARM_UP, MEASURE);
            LoadRun.Result form = LoadRun.run(formClients(CLIENTS, "2001:db8:b::"), WARM_UP, MEASURE, stack.profile("intake-form"));
            LoadRun.Result json = LoadRun.run(jsonClients(), WARM_UP, MEASURE, stack.profile("intake-json"));
            StringBuilder report = new StringBuilder(report(jdbcOne, jdbcMany, jdbcTransactions, ceiling, form, json));
            try (StatementCounter counter = new StatementCounter(stack.database().url())) {
                counter.calibrate(5_000);
                LoadRun.Client poster = formClients(1, "2001:db8:f::").get(0);
                Runnable post = () -> {
                    if (!poster.send(0)) {
                        throw new IllegalStateException("A counted form post was not stored");
                    }
                };
                Map<String, Double> perPost = counter.perRequest(COUNTED_REQUESTS, post);
                report.append(statements(perPost, counter.statementsOf(post)));
            }
            new Goals("intake")
                    .ratioAtLeast("form POST / GET /health/live, 32 clients", form.perSecond() / ceiling.perSecond(), 0.5)
                    .ratioAtLeast("form POST / raw JDBC transaction of the same writes, 32 connections",
                            form.perSecond() / jdbcTransactions, 0.3)
                    .millisBelow("form POST p99, 32 clients", form.latencies().percentileMillis(99), 100)
                    .ratioAtLeast("JSON POST / GET /health/live, 32 clients", json.perSecond() / ceiling.perSecond(), 0.5)
                    .millisBelow("JSON POST p99, 32 clients", json.latencies().percentileMillis(99), 100)
                    .writeTo(work);
            Files.writeString(work.resolve("intake-results.md"), report);
            LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("intake-results.md") + ")");
        }
        System.exit(0);
    }

    /** The server's own liveness endpoint: what this machine's Payara answers with no application work. */
    private static List<LoadRun.Client> liveClients() {
        return liveClients(TimebokHttp.baseUrl());
    }

    /** The same at the node at {@code baseUrl}. */
    static List<LoadRun.Client> liveClients(String baseUrl) {
        List<LoadRun.Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            // Health answers only the operations network, as a load balancer probes it.
            TimebokHttp http = TimebokHttp.operations().at(baseUrl);
            clients.add(n -> http.get("/health/live").statusCode() == 200);
        }
        return clients;
    }

    /**
     * Clients that each post the public form with a fresh request, from their own address under the
     * prefix. One showing of the form stores one request, so each post sends a form shown earlier and
     * shows the next one (its GET is part of the measured time, as it is of a patient's); the
     * benchmark's minimum fill time is short enough for a form shown one post before.
     */
    static List<LoadRun.Client> formClients(int count, String addressPrefix) throws InterruptedException {
        return formClients(count, addressPrefix, TimebokHttp.baseUrl());
    }

    /** The same, sent to the node at {@code baseUrl} (an edge node, say). */
    static List<LoadRun.Client> formClients(int count, String addressPrefix, String baseUrl) throws InterruptedException {
        List<LoadRun.Client> clients = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            TimebokHttp http = new TimebokHttp(addressPrefix + Integer.toHexString(c + 1)).at(baseUrl);
            Deque<Map<String, String>> shown = new ArrayDeque<>(List.of(show(http), show(http)));
            clients.add(n -> {
                Map<String, String> form = new HashMap<>(shown.removeFirst());
                form.putAll(fields(n));
                boolean stored = http.postForm("/", form).statusCode() == 303;
                shown.addLast(show(http));
                return stored;
            });
        }
        Thread.sleep(1100);
        return clients;
    }

    private static Map<String, String> show(TimebokHttp http) {
        Map<String, String> tokens = new HashMap<>();
        Matcher m = HIDDEN.matcher(http.get("/?lang=nb").body());
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    /**
     * Clients that each post JSON as an integrating partner with its own client key, issued by the
     * administrator as for a real partner, at the highest rate a key may have.
     */
    private static List<LoadRun.Client> jsonClients() {
        List<LoadRun.Client> clients = new ArrayList<>();
        StaffSession admin = StaffAccounts.admin();
        for (int c = 0; c < CLIENTS; c++) {
            String key = ApiClients.issue(admin, "Bench partner " + c, ApiClients.FASTEST, List.of(2L)).getString("key");
            TimebokHttp http = new TimebokHttp("2001:db8:c::" + Integer.toHexString(c + 1)).withApiKey(key);
            clients.add(n -> http.postJson("/api/booking-requests", NodeClients.bookingRequest(n + 5_000_000)).statusCode() == 201);
        }
        return clients;
    }

    /** A valid request with its own phone number; about the row size the baseline inserts. */
    private static Map<String, String> fields(int n) {
        Map<String, String> form = new HashMap<>();
        form.put("firstName", "Kari");
        form.put("lastName", "Benchmark-" + n);
        form.put("phone", String.format("9%07d", n % 10_000_000));
        form.put("clinic", "2");
        form.put("visitType", "21");
        form.put("partOfDay", "ANY");
        form.put("freeText", "Kontroll etter behandling, helst tidlig på dagen. Nr " + n);
        form.put("lang", "nb");
        return form;
    }

    private static String statements(Map<String, Double> perPost, List<String> oneShowingAndPost) {
        StringBuilder r = new StringBuilder(String.format(Locale.ROOT, "%nSQL statements per showing of the form and its post,"
                + " counted at MariaDB over %d posts one at a time (less the idle server's; the relay polls meanwhile):"
                + " %.1f (%.1f SELECT, %.1f INSERT, %.1f UPDATE, %.1f DELETE).%n%nStatements of one showing and post (general log):%n%n",
                COUNTED_REQUESTS, perPost.get("Questions"), perPost.get("Com_select"), perPost.get("Com_insert"),
                perPost.get("Com_update"), perPost.get("Com_delete")));
        for (String sql : oneShowingAndPost) {
            String shown = sql.replaceAll("\\s+", " ");
            r.append("- `").append(shown.length() > 200 ? shown.substring(0, 200) + " …" : shown).append("`\n");
        }
        return r.toString();
    }

    private static String report(double jdbcOne, double jdbcMany, double jdbcTransactions, LoadRun.Result ceiling,
                                 LoadRun.Result form, LoadRun.Result json) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Intake benchmark: %d clients, %ds measured after %ds warm-up, loopback, one run%n%n",
                CLIENTS, MEASURE.toSeconds(), WARM_UP.toSeconds()));
        r.append("| what | per second | ratio to JDBC, 1 connection | ratio to JDBC, 32 connections | ratio to GET /health/live | p50 ms | p99 ms | unexpected answers |\n");
        r.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        r.append(String.format(Locale.ROOT, "| raw JDBC autocommit INSERT, 1 connection | %.0f | 1.00 | | | | | |%n", jdbcOne));
        r.append(String.format(Locale.ROOT, "| raw JDBC autocommit INSERT, 32 connections | %.0f | | 1.00 | | | | |%n", jdbcMany));
        r.append(String.format(Locale.ROOT, "| raw JDBC transaction of the form's writes (request, outbox row, commit), 32 connections"
                + " | %.0f | | | | | | |%n", jdbcTransactions));
        row(r, "GET /health/live (the server's ceiling)", ceiling, jdbcOne, jdbcMany, ceiling);
        row(r, "form POST (303 to receipt)", form, jdbcOne, jdbcMany, ceiling);
        row(r, "JSON POST (201)", json, jdbcOne, jdbcMany, ceiling);
        r.append(String.format(Locale.ROOT, "%nThe form's POST against the raw JDBC transaction of the same writes on 32 connections:"
                + " %.2f (goal ≥ 0.3).%n", form.perSecond() / jdbcTransactions));
        return r.toString();
    }

    private static void row(StringBuilder r, String what, LoadRun.Result result, double jdbcOne, double jdbcMany,
                            LoadRun.Result ceiling) {
        r.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f | %.2f | %.1f | %.1f | %d |%n", what, result.perSecond(),
                result.perSecond() / jdbcOne, result.perSecond() / jdbcMany, result.perSecond() / ceiling.perSecond(),
                result.latencies().percentileMillis(50), result.latencies().percentileMillis(99), result.unexpected()));
    }
}
