package no.timebok.ear.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.dev.DatabaseSettings;
import no.timebok.ear.dev.EdgeDatabaseAccount;
import no.timebok.ear.dev.EdgeNode;
import no.timebok.ear.dev.Readiness;

/**
 * The edge's numbers ({@code ./bench.sh edge}): Payara Micro with booking-edge.war against Payara
 * Server with the EAR, both started from a stopped process until they serve (the server with the
 * EAR already deployed, as after a restart), their resident memory after the start and after the
 * load, and the form's intake at 32 clients through each, as a ratio to that node's own
 * {@code GET /health/live} measured in the same run.
 */
public final class EdgeBenchmark {

    private static final Logger LOG = Logger.getLogger(EdgeBenchmark.class.getName());
    private static final int CLIENTS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private EdgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        try (BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]))) {
            stack.start();
            stack.domain().stop();
            long serverBegan = System.nanoTime();
            stack.domain().start();
            Readiness.await(stack.baseUrl(), START_TIMEOUT);
            Duration serverStart = Duration.ofNanos(System.nanoTime() - serverBegan);
            long serverRss = residentKib(stack.domain().serverProcess());

            DatabaseSettings account = EdgeDatabaseAccount.create(stack.databaseAdministrator(),
                    Path.of(System.getProperty("timebok.edgeGrants")));
            int http = BenchStack.PORT_BASE + 300;
            EdgeNode edge = new EdgeNode("bench-edge", stack.directory().resolve("edge"), http, http + 50, http + 50, "timebok-bench-edge");
            long edgeBegan = System.nanoTime();
            Process process = edge.start(new EdgeNode.Launch(Path.of(System.getProperty("timebok.microJar")),
                    Path.of(System.getProperty("timebok.edgeWar")), account, edgeConfig(stack)));
            try {
                edge.awaitServing(process, START_TIMEOUT);
                Duration edgeStart = Duration.ofNanos(System.nanoTime() - edgeBegan);
                long edgeRss = residentKib(process.toHandle());

                LoadRun.Result edgeCeiling = LoadRun.run(IntakeBenchmark.liveClients(edge.baseUrl()), WARM_UP, MEASURE);
                LoadRun.Result edgeForm = LoadRun.run(IntakeBenchmark.formClients(CLIENTS, "2001:db8:f::", edge.baseUrl()),
                        WARM_UP, MEASURE);
                LoadRun.Result serverCeiling = LoadRun.run(IntakeBenchmark.liveClients(stack.baseUrl()), WARM_UP, MEASURE);
                LoadRun.Result serverForm = LoadRun.run(IntakeBenchmark.formClients(CLIENTS, "2001:db8:a0::", stack.baseUrl()),
                        WARM_UP, MEASURE);
                String report = report(serverStart, serverRss, residentKib(stack.domain().serverProcess()), edgeStart,
                        edgeRss, residentKib(process.toHandle()), serverCeiling, serverForm, edgeCeiling, edgeForm);
                Files.writeString(work.resolve("edge-results.md"), report);
                LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("edge-results.md") + ")");
            } finally {
                EdgeNode.stop(process);
            }
        }
        System.exit(0);
    }

    /** As the benchmark's server is set: limits lifted, the load generator a trusted proxy. */
    private static Map<String, String> edgeConfig(BenchStack stack) {
        return Map.of(ConfigKey.CRYPTO_INTAKE_PUBLIC_KEYSET_PATH.key(), stack.keyset().resolveSibling("intake-public.json").toString(),
                ConfigKey.TRUSTED_PROXIES.key(), "127.0.0.1,0:0:0:0:0:0:0:1",
                ConfigKey.INTAKE_LIMIT_PER_IP.key(), "1000000/PT1M",
                ConfigKey.INTAKE_LIMIT_PER_PHONE.key(), "1000000/PT1M",
                ConfigKey.INTAKE_LIMIT_GLOBAL.key(), "1000000/PT1M",
                ConfigKey.INTAKE_MIN_FILL_TIME.key(), "PT0.001S");
    }

    /** The process's resident set (VmRSS), in KiB, as Linux reports it. */
    private static long residentKib(ProcessHandle process) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }

    private static String report(Duration serverStart, long serverRss, long serverRssLoaded, Duration edgeStart, long edgeRss,
                                 long edgeRssLoaded, LoadRun.Result serverCeiling, LoadRun.Result serverForm,
                                 LoadRun.Result edgeCeiling, LoadRun.Result edgeForm) {
        StringBuilder r = new StringBuilder(String.format(Locale.ROOT,
                "Edge benchmark: %d clients, %ds measured after %ds warm-up, loopback, one run%n%n", CLIENTS,
                MEASURE.toSeconds(), WARM_UP.toSeconds()));
        r.append("| node | start to serving, s | resident memory after start, MiB | after the load, MiB |\n| --- | --- | --- | --- |\n");
        r.append(String.format(Locale.ROOT, "| Payara Server, timebok.ear | %.1f | %d | %d |%n", serverStart.toMillis() / 1000.0,
                serverRss / 1024, serverRssLoaded / 1024));
        r.append(String.format(Locale.ROOT, "| Payara Micro, booking-edge.war | %.1f | %d | %d |%n", edgeStart.toMillis() / 1000.0,
                edgeRss / 1024, edgeRssLoaded / 1024));
        r.append(String.format(Locale.ROOT, "| ratio edge / server | %.2f | %.2f | %.2f |%n%n",
                edgeStart.toMillis() / (double) serverStart.toMillis(), edgeRss / (double) serverRss,
                edgeRssLoaded / (double) serverRssLoaded));
        r.append("| what | per second | ratio to the node's GET /health/live | p50 ms | p99 ms | unexpected answers |\n");
        r.append("| --- | --- | --- | --- | --- | --- |\n");
        row(r, "server: GET /health/live", serverCeiling, serverCeiling);
        row(r, "server: form POST (303 to receipt)", serverForm, serverCeiling);
        row(r, "edge: GET /health/live", edgeCeiling, edgeCeiling);
        row(r, "edge: form POST (303 to receipt)", edgeForm, edgeCeiling);
        return r.toString();
    }

    private static void row(StringBuilder r, String what, LoadRun.Result result, LoadRun.Result ceiling) {
        r.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.1f | %.1f | %d |%n", what, result.perSecond(),
                result.perSecond() / ceiling.perSecond(), result.latencies().percentileMillis(50),
                result.latencies().percentileMillis(99), result.unexpected()));
    }
}
