package no.timebok.ear.edge;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.timebok.ear.dev.DatabaseSettings;
import no.timebok.ear.dev.EdgeDatabaseAccount;
import no.timebok.ear.dev.EdgeNode;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two edge nodes on Payara Micro beside the test domain, on the edge's own database account and in
 * a data grid of their own, started once for every test class that uses them and stopped when the
 * test run ends. Ports from the test port base: HTTP at +400 and +401, the grid at +450 and +451.
 */
public final class EdgeNodes implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EdgeNodes.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Started.class, key -> Started.start(), Started.class);
    }

    /** The edge that every edge asks to join. */
    public static EdgeNode first() {
        return Started.running.nodes.get(0);
    }

    public static EdgeNode second() {
        return Started.running.nodes.get(1);
    }

    /** How the edges connect to the database: the account made from edge-grants.sql. */
    public static DatabaseSettings account() {
        return Started.running.account;
    }

    private record Started(List<EdgeNode> nodes, List<Process> processes, DatabaseSettings account)
            implements ExtensionContext.Store.CloseableResource {

        private static Started running;

        static Started start() {
            int portBase = Integer.getInteger("timebok.it.portbase", 18000);
            Path work = Path.of(System.getProperty("timebok.it.work", "target/it"));
            DatabaseSettings account = EdgeDatabaseAccount.create(
                    new DatabaseSettings(System.getProperty("timebok.it.dbUrl"), "root", ""),
                    Path.of(System.getProperty("timebok.it.edgeGrants")));
            EdgeNode.Launch launch = new EdgeNode.Launch(Path.of(System.getProperty("timebok.it.microJar")),
                    Path.of(System.getProperty("timebok.it.edgeWar")), account, Map.of(
                            "timebok.crypto.intake-public-keyset-path", work.resolve("intake-public.json").toString(),
                            "timebok.http.trusted-proxies", "127.0.0.1,0:0:0:0:0:0:0:1",
                            "timebok.intake.min-fill-time", "PT1S",
                            "timebok.intake.accept-test-national-ids", "true"));
            String cluster = "timebok-edge-it-" + UUID.randomUUID();
            List<EdgeNode> nodes = new ArrayList<>();
            List<Process> processes = new ArrayList<>();
            running = new Started(nodes, processes, account);
            try {
                // One after the other: the second joins the first's grid, which must be up to be found.
                for (int i = 0; i < 2; i++) {
                    EdgeNode node = new EdgeNode("edge-" + (i + 1), work.resolve("edges/edge-" + (i + 1)),
                            portBase + 400 + i, portBase + 450 + i, portBase + 450, cluster);
                    nodes.add(node);
                    processes.add(node.start(launch));
                    node.awaitServing(processes.get(i), Duration.ofMinutes(3));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            return running;
        }

        @Override
        public void close() {
            for (Process process : processes) {
                try {
                    EdgeNode.stop(process);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
