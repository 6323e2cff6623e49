package no.timebok.ear.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.dev.PayaraNodes;
import no.timebok.ear.dev.Readiness;
import no.timebok.ear.peers.Peers;

/**
 * A second node of the test domain: a Payara instance beside the DAS, running the same EAR on the
 * same MariaDB and joined to the same data grid, as {@code ./run.sh --nodes 2} makes it. Its purges
 * work in chunks of ten rows under a 15-second lease and its relay claims for 10 seconds, so a test
 * can kill it in the middle of both and see the DAS take over soon after.
 */
final class SecondNode {

    static final String NAME = "node2";

    private final PayaraDomain domain = TimebokDeployment.domain();
    private final PayaraNodes nodes = new PayaraNodes(domain);
    private final int portBase = Integer.getInteger("timebok.it.portbase", 18000) + 200;

    String baseUrl() {
        return "http://localhost:" + (portBase + 80);
    }

    /** Starts the node and returns once it serves both modules and the grid counts it. */
    void start() throws InterruptedException {
        // Short leases, so the DAS takes over the killed node's purge and messages within seconds; the
        // relay's is still above the test domain's SMS ambiguity window (5 s), as the relay requires.
        nodes.start(NAME, portBase, Map.of("timebok.retention.lock-lease", "PT15S", "timebok.retention.chunk-size", "10",
                "timebok.messaging.relay-lease", "PT10S"));
        Readiness.await(baseUrl(), Duration.ofMinutes(3));
        Peers.await(Duration.ofMinutes(1), "a data grid of two", () -> domain.gridSize() == 2);
    }

    /** {@code kill -9}: no shutdown, no released lock, no finished receipt. */
    void kill() throws Exception {
        ProcessHandle process = nodes.process(NAME);
        process.destroyForcibly();
        process.onExit().get(1, TimeUnit.MINUTES);
    }

    /** Takes the node out of the domain, so the other tests' stops and starts of the application meet the DAS alone. */
    void remove() {
        nodes.remove(NAME);
        Peers.await(Duration.ofMinutes(1), "the data grid back to the DAS alone", () -> domain.gridSize() == 1);
    }
}
