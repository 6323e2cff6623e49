package no.timebok.ear.dev;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The local run's edge node ({@code ./run.sh --edge}): Payara Micro with booking-edge.war in front
 * of the internal node(s), on the edge's own database account and in a grid of its own. On the
 * embedded database the account is made from edge-grants.sql at every start; on a database of your
 * own (TIMEBOK_DB_URL), make it as the README says and give it in TIMEBOK_EDGE_DB_USER and
 * TIMEBOK_EDGE_DB_PASSWORD.
 */
final class LocalEdge {

    /**
     * HTTP port and grid port from the DAS's port base: above its own ports (to + 99) and the local
     * SMS and email page's, below node2's (+ 200).
     */
    static final int HTTP_OFFSET = 150;
    static final int GRID_OFFSET = 155;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private LocalEdge() {
    }

    record Started(EdgeNode node, Process process, Duration took) {
    }

    /**
     * @param embeddedAdministrator the embedded database's administrator, who makes the edge's account;
     *        empty on a database of your own, where the account is given in the environment
     */
    static Started start(Path home, int portBase, DatabaseSettings internal, Optional<DatabaseSettings> embeddedAdministrator,
                         Map<String, String> env, Path keyset) throws InterruptedException {
        long began = System.nanoTime();
        DatabaseSettings account = embeddedAdministrator.isPresent()
                ? EdgeDatabaseAccount.create(embeddedAdministrator.get(), Path.of(required("timebok.edgeGrants")))
                : new DatabaseSettings(internal.url(), env.getOrDefault("TIMEBOK_EDGE_DB_USER", EdgeDatabaseAccount.USER),
                        Optional.ofNullable(env.get("TIMEBOK_EDGE_DB_PASSWORD")).orElseThrow(() -> new IllegalArgumentException(
                                "--edge on your own database needs the edge's account: set TIMEBOK_EDGE_DB_PASSWORD (README)")));
        EdgeNode node = new EdgeNode("edge", home.resolve("edge"), portBase + HTTP_OFFSET, portBase + GRID_OFFSET,
                portBase + GRID_OFFSET, "timebok-edge-" + (portBase + HTTP_OFFSET));
        Process process = node.start(new EdgeNode.Launch(Path.of(required("timebok.microJar")),
                Path.of(required("timebok.edgeWar")), account, Map.of(
                        "timebok.crypto.intake-public-keyset-path", keyset.resolveSibling("intake-public.json").toString(),
                        "timebok.intake.accept-test-national-ids", "true")));
        node.awaitServing(process, READY_TIMEOUT);
        return new Started(node, process, Duration.ofNanos(System.nanoTime() - began));
    }

    /** Stops the edge as an operator would; from a shutdown hook, so it does not throw. */
    static void stop(Process process) {
        try {
            EdgeNode.stop(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String property) {
        return Optional.ofNullable(System.getProperty(property))
                .orElseThrow(() -> new IllegalStateException("Start through ./run.sh, which sets -D" + property));
    }
}
