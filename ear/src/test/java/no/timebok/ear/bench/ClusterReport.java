package no.timebok.ear.bench;

import java.time.Duration;
import java.util.Locale;

/** The cluster benchmark's results as Markdown: every figure beside the baseline of the same run. */
final class ClusterReport {

    /** A load run and what the server JVMs spent on it. */
    record Measured(LoadRun.Result load, CpuCost cost, int smsMeanwhile) {
    }

    /** The SMS batch: how many, how long until the fake had the last, and what the relay spent. */
    record Relayed(CpuCost cost, Duration took) {

        double perSecond() {
            return cost.units() / (took.toNanos() / 1e9);
        }
    }

    /** The two-node run, with what each node served and spent. */
    record TwoNodes(Measured both, CpuCost das, CpuCost node2, int gridSize) {
    }

    private ClusterReport() {
    }

    static String of(int clients, Duration warmUp, Duration measure, Measured health,
                     Measured oneNode, Relayed sms, TwoNodes twoNodes) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Cluster sizing benchmark, one run on a machine with %d cores: %d clients over"
                        + " loopback HTTP/1.1, %ds measured after %ds warm-up; node2 first served, unmeasured, the loads"
                        + " the DAS served before its own measurement; %,d SMS made due at once for the relay.%n%n",
                Runtime.getRuntime().availableProcessors(), clients, measure.toSeconds(), warmUp.toSeconds(),
                sms.cost().units()));
        r.append("CPU is the server JVMs' own user and system time as the operating system counts it, from the start to the"
                + " end of the measured period, divided by the work done inside it. The relay runs beside every load, so the"
                + " booking requests' figure includes relaying the confirmation SMS that went out meanwhile; the line below"
                + " it takes them out at the measured cost of one SMS.\n\n");
        r.append("| work, one node (the DAS) | count | per second | server CPU ms each | ratio to GET /health/live"
                + " | SMS relayed meanwhile | p50 ms | p99 ms | unexpected answers |\n");
        r.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        loadRow(r, "GET /health/live (baseline)", health, health);
        loadRow(r, "JSON POST /api/booking-requests (201)", oneNode, health);
        double intakeAlone = oneNode.cost().millisPerUnitWithout(oneNode.smsMeanwhile(), sms.cost());
        r.append(String.format(Locale.ROOT, "| the same without relaying its SMS (%,d × %.3f ms taken out) | | | %.3f | %.2f | | | | |%n",
                oneNode.smsMeanwhile(), sms.cost().millisPerUnit(), intakeAlone,
                intakeAlone / health.cost().millisPerUnit()));
        r.append(String.format(Locale.ROOT, "| one SMS: the relay from due to taken by the fake Sveve gateway | %,d | %,.0f | %.3f | %.2f | | | | |%n",
                sms.cost().units(), sms.perSecond(), sms.cost().millisPerUnit(), sms.cost().ratioTo(health.cost())));
        r.append(String.format(Locale.ROOT, "%nOne core's worth of this machine's CPU time serves about %,.0f booking requests/s"
                        + " (with their confirmation SMS) or %,.0f SMS/s.%n%n",
                1000 / oneNode.cost().millisPerUnit(), 1000 / sms.cost().millisPerUnit()));

        Measured both = twoNodes.both();
        r.append("| the same 32-client JSON POST load | requests/s | ratio to one node | server CPU ms per request, all JVMs"
                + " | ratio to one node | SMS relayed meanwhile | p50 ms | p99 ms | unexpected answers |\n");
        r.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        throughputRow(r, "one node: the DAS, 32 clients", oneNode, oneNode);
        throughputRow(r, String.format(Locale.ROOT, "two nodes: DAS and node2, 16 clients each (data grid of %d)",
                twoNodes.gridSize()), both, oneNode);
        r.append("\n| two-node run, each node | requests | server CPU s | server CPU ms per request | ratio to the DAS alone |\n");
        r.append("| --- | --- | --- | --- | --- |\n");
        nodeRow(r, "DAS", twoNodes.das(), oneNode);
        nodeRow(r, "node2", twoNodes.node2(), oneNode);
        r.append("\nOn this machine both nodes, MariaDB, the fake gateway and the load generator share the same CPU cores, so"
                + " the two-node figure is not the scaling of two machines: it shows what a second JVM and the data grid cost"
                + " when they compete for the same cores. Size a cluster from the CPU milliseconds per request and per SMS.\n");
        return r.toString();
    }

    private static void loadRow(StringBuilder r, String what, Measured m, Measured baseline) {
        r.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %.3f | %.2f | %,d | %.1f | %.1f | %d |%n", what,
                m.load().completed(), m.load().perSecond(), m.cost().millisPerUnit(), m.cost().ratioTo(baseline.cost()),
                m.smsMeanwhile(), m.load().latencies().percentileMillis(50), m.load().latencies().percentileMillis(99),
                m.load().unexpected()));
    }

    private static void throughputRow(StringBuilder r, String what, Measured m, Measured oneNode) {
        r.append(String.format(Locale.ROOT, "| %s | %,.0f | %.2f | %.3f | %.2f | %,d | %.1f | %.1f | %d |%n", what,
                m.load().perSecond(), m.load().perSecond() / oneNode.load().perSecond(), m.cost().millisPerUnit(),
                m.cost().ratioTo(oneNode.cost()), m.smsMeanwhile(), m.load().latencies().percentileMillis(50),
                m.load().latencies().percentileMillis(99), m.load().unexpected()));
    }

    private static void nodeRow(StringBuilder r, String node, CpuCost cost, Measured oneNode) {
        r.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.3f | %.2f |%n", node, cost.units(),
                cost.cpu().toNanos() / 1e9, cost.millisPerUnit(), cost.ratioTo(oneNode.cost())));
    }
}
