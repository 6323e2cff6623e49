package no.timebok.ear.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One internet-facing edge node: Payara Micro running booking-edge.war, on the edge's own database
 * account and in a data grid of the edges alone (its own cluster name, found over TCP from the
 * first edge's grid port, never the internal nodes' grid). Everything it is told is in its root
 * directory: the asadmin commands that make its connection pool and set the application's
 * configuration, and its log ({@code edge.log}). The local run, the benchmarks and the edge tests
 * start edges through this.
 *
 * @param name        the instance name, also the root directory's
 * @param httpPort    where it serves HTTP
 * @param gridPort    where its data-grid member listens
 * @param firstEdgeGridPort the grid port of the edge every edge asks to join (its own for the first)
 * @param clusterName the edges' grid; never the internal nodes' cluster name
 */
public record EdgeNode(String name, Path rootDir, int httpPort, int gridPort, int firstEdgeGridPort,
                       String clusterName) {

    /** How an edge is started: the Micro runtime, the WAR, its database account and its configuration. */
    public record Launch(Path microJar, Path edgeWar, DatabaseSettings database, Map<String, String> config) {
    }

    /** By the name the internal nodes go by too, so a browser holds one set of cookies for all of them. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public Path log() {
        return rootDir.resolve("edge.log");
    }

    /** Starts the node and returns its process; the application may still be starting ({@link #awaitServing}). */
    public Process start(Launch launch) {
        try {
            // Micro keeps its configuration in its root directory across starts, the pool's old
            // database address included: an edge holds no state, so each start is a fresh one.
            PayaraDomain.deleteRecursively(rootDir.resolve("micro"));
            Files.createDirectories(rootDir);
            Path postBoot = rootDir.resolve("post-boot.asadmin");
            // It holds the edge account's password: readable by its owner only.
            Files.deleteIfExists(postBoot);
            Files.createFile(postBoot, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.writeString(postBoot, postBootCommands(launch));
            Path preBoot = rootDir.resolve("pre-boot.asadmin");
            Files.writeString(preBoot, PRE_BOOT_COMMANDS);
            List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m"));
            command.addAll(PayaraDomain.testRunJvmOptions());
            command.addAll(List.of(
                    "-Djava.io.tmpdir=" + createdDirectory(rootDir.resolve("tmp")),
                    "-jar", launch.microJar().toString(),
                    "--rootdir", rootDir.resolve("micro").toString(),
                    "--name", name,
                    "--port", Integer.toString(httpPort),
                    "--clustername", clusterName,
                    "--clustermode", "tcpip:127.0.0.1:" + firstEdgeGridPort,
                    "--startport", Integer.toString(gridPort),
                    "--interfaces", "127.0.0.1",
                    "--nohostaware",
                    "--addlibs", jdbcDriver().toString(),
                    "--prebootcommandfile", preBoot.toString(),
                    "--postbootcommandfile", postBoot.toString(),
                    "--deploy", launch.edgeWar().toString(),
                    "--contextroot", "/"));
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log().toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the edge node " + name, e);
        }
    }

    /**
     * Polls the public form until the edge serves it: the page lists the clinics from the database,
     * so the WAR is deployed and its database account works.
     */
    public void awaitServing(Process process, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The edge node " + name + " stopped; see " + log());
            }
            try {
                HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                // The form itself, drawn from the database: not merely something that answers on the port.
                if (form.statusCode() == 200 && form.body().contains("name=\"_shown\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("The edge node " + name + " did not serve the form within "
                + timeout.toSeconds() + " s; see " + log() + " and its threads then, " + dumpThreads(process));
    }

    /** What the node's threads were doing, for a node that never served: a hang shows where it waits. */
    private Path dumpThreads(Process process) throws InterruptedException {
        Path dump = rootDir.resolve("threads-at-timeout.txt");
        try {
            String jcmd = Path.of(java()).resolveSibling("jcmd").toString();
            new ProcessBuilder(jcmd, Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(dump.toFile()).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            return Path.of("(no thread dump: " + e.getMessage() + ")");
        }
        return dump;
    }

    /** Stops the node as an operator would (SIGTERM), and kills it if it does not go within the grace time. */
    public static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * The listener's settings, before it starts: set after boot they restart the listener, which
     * then never served (Payara Micro 6.2025.10, "GrizzlyProxy is NULL").
     */
    private static final String PRE_BOOT_COMMANDS = Stream.of("xpowered-by=false", "server-header=false",
                    "scheme-mapping=X-Forwarded-Proto")
            .map(setting -> "set configs.config.server-config.network-config.protocols.protocol.http-listener.http." + setting)
            .collect(Collectors.joining("\n", "", "\n"));

    private static String postBootCommands(Launch launch) {
        StringBuilder commands = new StringBuilder()
                .append("create-jdbc-connection-pool --datasourceclassname=org.mariadb.jdbc.MariaDbDataSource")
                .append(" --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32")
                .append(" --isconnectvalidatereq=true --validationmethod=meta-data --validateatmostonceperiod=60")
                .append(" --isolationlevel=read-committed --property ")
                .append(launch.database().asPoolProperties()).append(' ').append(PayaraDomain.POOL).append('\n')
                .append("create-jdbc-resource --connectionpoolid=").append(PayaraDomain.POOL).append(' ')
                .append(PayaraDomain.RESOURCE).append('\n');
        launch.config().forEach((key, value) -> commands.append("set-config-property --source=domain --propertyName=")
                .append(PayaraDomain.quoted(key)).append(" --propertyValue=").append(PayaraDomain.quoted(value))
                .append('\n'));
        return commands.toString();
    }

    private static Path createdDirectory(Path directory) throws IOException {
        return Files.createDirectories(directory);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path jdbcDriver() {
        try {
            return Path.of(org.mariadb.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
