package no.timebok.common.schema;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the EAR's web modules serve requests in this deployment. Each WAR reports when its web
 * module has started and withdraws when it stops, and every module's readiness waits for all of
 * them: a load balancer reads one {@code /health/ready} for the whole EAR, and on a fresh domain
 * the schema was migrated (readiness UP) before booking's web module served (its API answered 404).
 *
 * <p>The set is static on purpose: this class lives in the EAR's {@code lib/}, whose classes both
 * WARs share, so there is exactly one set per deployment, and a redeploy starts a fresh one.
 */
public final class ServingModules {

    /** Every web module of the EAR; readiness is DOWN until each of them serves. */
    public static final Set<String> OF_THE_EAR = Set.of("booking", "messaging");

    private static final Set<String> SERVING = ConcurrentHashMap.newKeySet();

    private ServingModules() {
    }

    /** Called by a WAR once its web module has started. */
    public static void started(String module) {
        if (!OF_THE_EAR.contains(module)) {
            throw new IllegalArgumentException("Not a module of the EAR: " + module);
        }
        SERVING.add(module);
    }

    /** Called by a WAR when its web module stops. */
    public static void stopped(String module) {
        SERVING.remove(module);
    }

    /** The EAR's modules that do not serve yet, in name order. */
    public static SortedSet<String> notYetServing() {
        SortedSet<String> waiting = new TreeSet<>(OF_THE_EAR);
        waiting.removeAll(SERVING);
        return waiting;
    }
}
