package no.timebok.ear.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;

/**
 * The reception queue on a million requests. Seeds 1,000,000 requests over the three clinics, sets
 * up a reception account of all three (password and TOTP, as a clinic would) and measures, in one
 * run: the server's {@code /health/live} as the baseline, the queue's first page through the API and
 * the Faces page, and a search by phone, with the same number of clients; then, one request at a
 * time, the SQL statements each kind of request sends, counted at the database, for small and deep
 * pages of two sizes. Run with {@code ./bench.sh queue}.
 */
public final class QueueBenchmark {

    private static final Logger LOG = Logger.getLogger(QueueBenchmark.class.getName());
    private static final int ROWS = Integer.getInteger("timebok.bench.rows", 1_000_000);
    private static final int CLIENTS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final int COUNTED_REQUESTS = 40;
    private static final String API_PAGE = "GET /api/staff/requests (first page, 25)";
    private static final String FACES_PAGE = "GET /staff/queue.xhtml (first page, 25)";
    private static final String PHONE_SEARCH = "POST /api/staff/requests/search <phone> (search by phone)";
    private static final String NAME_SEARCH = "POST /api/staff/requests/search <name prefix> (search by name)";

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        BenchAdmin admin = new BenchAdmin();
        Map<String, String> config = new HashMap<>(admin.config());
        // The outbox relay polls every few seconds; the statement counts need a quiet server.
        config.put(ConfigKey.RELAY_INTERVAL.key(), "PT1H");
        try (BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]), config)) {
            stack.start();
            admin.useFor(stack);
            String url = stack.database().url();

            StaffSession reception = StaffAccounts.create(List.of("reception"), List.of(1L, 2L, 3L));
            // The name search's plan at a tenth of the rows and at all of them: it must not change.
            SearchPlans plans = new SearchPlans(url);
            long seedStart = System.nanoTime();
            QueueSeed seed = new QueueSeed(url, stack.keyset(), ROWS, Instant.now());
            seed.run(0, ROWS / 10);
            plans.explainAt(ROWS / 10, "search by name", () -> expect(search(reception.http(), "Hans")));
            seed.run(ROWS / 10, ROWS);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            LOG.info(() -> String.format(Locale.ROOT, "Seeded %,d requests in %.0f s", ROWS, seedSeconds));
            plans.explainAt(ROWS, "search by name", () -> expect(search(reception.http(), "Hans")));
            checkDetailOpens(reception, seed);

            Map<String, LoadRun.Result> load = new LinkedHashMap<>();
            // One client object for all load threads, on each side, so both share a connection pool alike.
            TimebokHttp anonymous = TimebokHttp.operations();
            load.put("GET /health/live (baseline)", LoadRun.run(clients(n -> anonymous.get("/health/live").statusCode() == 200),
                    WARM_UP, MEASURE));
            TimebokHttp http = reception.http();
            load.put(API_PAGE, LoadRun.run(clients(n -> okJson(http.getJson("/api/staff/requests"))), WARM_UP, MEASURE,
                    stack.profile("queue-api")));
            load.put(FACES_PAGE, LoadRun.run(clients(n -> okPage(http.get("/staff/queue.xhtml"))), WARM_UP, MEASURE,
                    stack.profile("queue-faces")));
            load.put(PHONE_SEARCH, LoadRun.run(clients(n -> okJson(search(http, phoneSearch()))), WARM_UP, MEASURE));
            load.put(NAME_SEARCH, LoadRun.run(clients(n -> okJson(search(http, nameSearch()))), WARM_UP, MEASURE,
                    stack.profile("queue-name-search")));

            Map<String, Map<String, Double>> counts = new LinkedHashMap<>();
            Map<String, List<String>> statements = new LinkedHashMap<>();
            try (StatementCounter counter = new StatementCounter(url)) {
                counter.calibrate(5_000);
                Map<String, Runnable> requests = new LinkedHashMap<>();
                requests.put("API page 1, size 25", () -> expect(http.getJson("/api/staff/requests?page=0&size=25")));
                requests.put("API page 20, size 25", () -> expect(http.getJson("/api/staff/requests?page=19&size=25")));
                requests.put("API page 1, size 100", () -> expect(http.getJson("/api/staff/requests?page=0&size=100")));
                requests.put("API page 20, size 100", () -> expect(http.getJson("/api/staff/requests?page=19&size=100")));
                requests.put("API status NEW, page 1, size 25", () -> expect(http.getJson("/api/staff/requests?status=NEW")));
                requests.put("API search by phone", () -> expect(search(http, phoneSearch())));
                requests.put("API search by name", () -> expect(search(http, nameSearch())));
                requests.put("Faces page 1, size 25", () -> expect(http.get("/staff/queue.xhtml")));
                requests.put("Faces page 20, size 25", () -> expect(http.postForm("/staff/queue.xhtml", Map.of("page", "19"))));
                for (Map.Entry<String, Runnable> r : requests.entrySet()) {
                    counts.put(r.getKey(), counter.perRequest(COUNTED_REQUESTS, r.getValue()));
                }
                statements.put("API page 1, size 25", counter.statementsOf(requests.get("API page 1, size 25")));
                statements.put("API search by phone", counter.statementsOf(requests.get("API search by phone")));
                statements.put("API search by name", counter.statementsOf(requests.get("API search by name")));
                String report = report(seedSeconds, load, counts, counter.idlePerSecond(), statements, counter) + plans.report();
                goals(load, counts).writeTo(work);
                Files.writeString(work.resolve("queue-results.md"), report);
                LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("queue-results.md") + ")");
            }
        }
        System.exit(0);
    }

    private static Goals goals(Map<String, LoadRun.Result> load, Map<String, Map<String, Double>> counts) {
        LoadRun.Result live = load.values().iterator().next();
        Goals goals = new Goals("queue");
        for (String request : List.of(API_PAGE, FACES_PAGE, PHONE_SEARCH)) {
            LoadRun.Result r = load.get(request);
            String what = request.substring(0, request.indexOf(" (")).replace(" <phone>", " by phone");
            goals.ratioAtLeast(what + " / GET /health/live", r.perSecond() / live.perSecond(), 0.5)
                    .millisBelow(what + " p99", r.latencies().percentileMillis(99), 50);
        }
        goals.millisBelow("search by name prefix p99", load.get(NAME_SEARCH).latencies().percentileMillis(99), 100);
        for (String request : List.of("API page 1, size 25", "Faces page 1, size 25", "API search by phone", "API search by name")) {
            goals.countAtMost("SQL statements, " + request, counts.get(request).get("Questions"), 4, "statements");
        }
        return goals;
    }

    /** The seeded rows' sealed fields open on the server: the detail view of the newest request shows its free text. */
    private static void checkDetailOpens(StaffSession reception, QueueSeed seed) {
        HttpResponse<String> page = search(reception.http(), QueueSeed.referenceOf(ROWS - 1));
        String id = page.body().replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        HttpResponse<String> detail = reception.get("/api/staff/requests/" + id);
        if (detail.statusCode() != 200 || !detail.body().contains("Benchmark request " + (ROWS - 1))) {
            throw new IllegalStateException("The newest seeded request does not open: " + detail.statusCode());
        }
    }

    /** A seeded phone number, typed as a receptionist would (national format, spaces). */
    private static String phoneSearch() {
        String e164 = QueueSeed.phoneOf(ThreadLocalRandom.current().nextInt(ROWS));
        String national = e164.substring(3);
        return national.substring(0, 3) + " " + national.substring(3, 5) + " " + national.substring(5);
    }

    /** The start of a seeded last name, as a receptionist types it. */
    private static String nameSearch() {
        String[] prefixes = {"Hans", "Ols", "Berg", "Haug", "Strand", "Dahl", "Lund", "Moen"};
        return prefixes[ThreadLocalRandom.current().nextInt(prefixes.length)];
    }

    private static List<LoadRun.Client> clients(IntPredicate send) {
        List<LoadRun.Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(send::test);
        }
        return clients;
    }

    /** A page with at least one row: an empty answer would measure nothing. */
    private static boolean okJson(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("\"reference\"");
    }

    private static boolean okPage(HttpResponse<String> response) {
        return response.statusCode() == 200 && response.body().contains("queue-row");
    }

    private static void expect(HttpResponse<String> response) {
        if (response.statusCode() != 200 || !response.body().contains("TB-")) {
            throw new IllegalStateException("Unexpected answer while counting statements: " + response.statusCode());
        }
    }

    private static String report(double seedSeconds, Map<String, LoadRun.Result> load, Map<String, Map<String, Double>> counts,
                                 Map<String, Double> idle, Map<String, List<String>> statements, StatementCounter counter)
            throws java.sql.SQLException {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Queue benchmark: %,d booking requests over 3 clinics (seeded in %.0f s), a reception"
                + " account of all three clinics, %d clients, %d s measured after %d s warm-up, loopback, one run.%n%n",
                ROWS, seedSeconds, CLIENTS, MEASURE.toSeconds(), WARM_UP.toSeconds()));
        r.append("| request | per second | ratio to /health/live | p50 ms | p99 ms | unexpected answers |\n| --- | --- | --- | --- | --- | --- |\n");
        LoadRun.Result baseline = load.values().iterator().next();
        for (Map.Entry<String, LoadRun.Result> e : load.entrySet()) {
            LoadRun.Result v = e.getValue();
            r.append(String.format(Locale.ROOT, "| %s | %.0f | %.3f | %.1f | %.1f | %d |%n", e.getKey(), v.perSecond(),
                    v.perSecond() / baseline.perSecond(), v.latencies().percentileMillis(50), v.latencies().percentileMillis(99),
                    v.unexpected()));
        }
        r.append(String.format(Locale.ROOT, "%nSQL statements per request, counted at MariaDB (SHOW GLOBAL STATUS deltas over %d"
                + " requests one at a time, less the counting's own and the idle server's: %s per second):%n%n",
                COUNTED_REQUESTS, format(idle)));
        r.append("| request | all statements (Questions) | SELECT | INSERT | UPDATE | DELETE |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<String, Map<String, Double>> e : counts.entrySet()) {
            Map<String, Double> c = e.getValue();
            r.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", e.getKey(), c.get("Questions"),
                    c.get("Com_select"), c.get("Com_insert"), c.get("Com_update"), c.get("Com_delete")));
        }
        for (Map.Entry<String, List<String>> e : statements.entrySet()) {
            r.append(String.format(Locale.ROOT, "%nStatements of one request, %s (general log):%n%n", e.getKey()));
            for (String sql : e.getValue()) {
                String shown = sql.replaceAll("\\s+", " ");
                r.append("- `").append(shown.length() > 300 ? shown.substring(0, 300) + " …" : shown).append("`\n");
                if (shown.regionMatches(true, 0, "SELECT", 0, 6) && shown.contains("booking_request")) {
                    for (String line : counter.explain(sql)) {
                        r.append("  - EXPLAIN: ").append(line).append('\n');
                    }
                }
            }
        }
        return r.toString();
    }

    private static String format(Map<String, Double> perSecond) {
        StringBuilder s = new StringBuilder();
        for (String counter : StatementCounter.COUNTERS) {
            s.append(s.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f", counter, perSecond.getOrDefault(counter, 0.0)));
        }
        return s.toString();
    }

    /** Searches are POSTed, as the application demands, so no name or number sits in a URL. */
    private static HttpResponse<String> search(TimebokHttp http, String q) {
        return http.postJson("/api/staff/requests/search", jakarta.json.Json.createObjectBuilder().add("q", q).build().toString());
    }
}
