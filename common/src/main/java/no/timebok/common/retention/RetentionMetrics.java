package no.timebok.common.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * MicroProfile Metrics of the engine: the start of each policy's last successful run on this node
 * (epoch seconds, 0 before the first), the rows it has erased, and when this node's timer of the
 * policy fires next (so operations see that every node keeps the schedule), per policy.
 */
@ApplicationScoped
public class RetentionMetrics {

    private final Map<RetentionPolicy, Long> lastSuccess = new EnumMap<>(RetentionPolicy.class);
    private final Map<RetentionPolicy, Long> nextRun = new EnumMap<>(RetentionPolicy.class);

    @Inject
    MetricRegistry registry;

    synchronized void succeeded(RetentionPolicy policy, Instant start, Map<String, Long> rows) {
        setGauge("timebok_retention_last_success_seconds", lastSuccess, policy, start);
        // Journal transfers are counted in the receipt but erase nothing themselves.
        long total = rows.entrySet().stream().filter(row -> !row.getKey().startsWith("journal."))
                .mapToLong(Map.Entry::getValue).sum();
        registry.counter("timebok_retention_rows_purged", new Tag("policy", policy.code())).inc(total);
    }

    synchronized void nextRun(RetentionPolicy policy, Instant next) {
        setGauge("timebok_retention_next_run_seconds", nextRun, policy, next);
    }

    /** A gauge per policy, registered the first time it has a value, reading the latest one. */
    private void setGauge(String name, Map<RetentionPolicy, Long> values, RetentionPolicy policy, Instant value) {
        if (!values.containsKey(policy)) {
            registry.gauge(name, () -> seconds(values, policy), new Tag("policy", policy.code()));
        }
        values.put(policy, value.getEpochSecond());
    }

    private synchronized long seconds(Map<RetentionPolicy, Long> values, RetentionPolicy policy) {
        return values.getOrDefault(policy, 0L);
    }
}
