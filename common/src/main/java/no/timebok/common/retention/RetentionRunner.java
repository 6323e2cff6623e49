package no.timebok.common.retention;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.RetentionReceipt.Outcome;
import no.timebok.common.retention.RetentionReceipt.Trigger;

/**
 * Runs a policy's purge: claims the policy's lock, writes the receipt, erases chunk by chunk (one
 * transaction each, the lease renewed between them), and finishes the receipt whatever happens.
 * Must be called outside a transaction: its lock and receipts commit on their own, so a failed
 * purge still leaves its receipt.
 */
@ApplicationScoped
public class RetentionRunner {

    private static final Logger LOG = Logger.getLogger(RetentionRunner.class.getName());

    private static final String NODE = nodeName();

    @Inject
    ReceiptRepository receipts;

    @Inject
    RetentionLock lock;

    @Inject
    RetentionMetrics metrics;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** Set when the application stops, so a run ends at the next chunk with its receipt finished and its lock freed. */
    private volatile boolean stopping;

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /**
     * Runs the policy when its last success is older than its last scheduled time. Timers and the
     * start-up check both go through here, so a timer Payara re-delivers after the catch-up did the
     * work runs nothing.
     */
    public Optional<RetentionReceipt> runIfOverdue(RetentionPurge purge, Trigger trigger) {
        RetentionPolicy policy = purge.policy();
        Instant checked = clock.instant();
        try {
            if (!policy.overdue(receipts.lastSuccess(policy), checked, config.zone(), config.schedule(policy.scheduleKey()))) {
                LOG.fine(() -> "Retention " + policy.code() + " is not overdue; nothing to do");
                return Optional.empty();
            }
            return Optional.of(run(purge, trigger));
        } finally {
            recordCheck(policy, checked);
        }
    }

    /**
     * Written when the check and any run it started are over, so "checked since" means the decision
     * is final: operations see that the timers come round, and a test knows when to look.
     */
    private void recordCheck(RetentionPolicy policy, Instant checked) {
        try {
            lock.recordCheck(policy, checked);
        } catch (RetentionDatabaseException e) {
            // The receipt, not this mark, is the proof; a lost mark must not hide what the run threw.
            LOG.log(Level.WARNING, "Could not record the check of retention policy " + policy.code(), e);
        }
    }

    /**
     * Finishes the work of a run whose node died, once its lease has run out: every node's watch
     * timer calls this, so the purge goes on within about a lease, not at the next scheduled time.
     * The run that takes over closes the dead run's receipt as {@code ABANDONED}.
     */
    public Optional<RetentionReceipt> takeOverAbandoned(RetentionPurge purge) {
        try {
            if (!lock.abandoned(purge.policy(), clock.instant())) {
                return Optional.empty();
            }
        } catch (RetentionDatabaseException e) {
            // The next watch asks again; a failing database is for the readiness check to report.
            LOG.log(Level.WARNING, "Could not look for abandoned runs of retention policy " + purge.policy().code(), e);
            return Optional.empty();
        }
        return Optional.of(run(purge, Trigger.CATCH_UP));
    }

    /** Runs the policy now, unless another run of it holds the lock; either way the receipt says so. */
    public RetentionReceipt run(RetentionPurge purge, Trigger trigger) {
        RetentionPolicy policy = purge.policy();
        Instant start = clock.instant();
        Instant cutoff = purge.cutoff(start);
        String holder = NODE + "#" + UUID.randomUUID();
        if (!lock.tryAcquire(policy, holder, start, start.plus(config.retentionLockLease()))) {
            LOG.info(() -> "Retention " + policy.code() + " is already running elsewhere; this " + trigger + " run skips");
            return receipt(receipts.start(policy, trigger, cutoff, start, NODE, Outcome.SKIPPED_BUSY));
        }
        long id;
        try {
            int abandoned = receipts.abandonRunning(policy, start);
            if (abandoned > 0) {
                LOG.warning(() -> "Retention " + policy.code() + " takes over from " + abandoned + " run(s) whose node died");
            }
            id = receipts.start(policy, trigger, cutoff, start, NODE, Outcome.RUNNING);
        } catch (RuntimeException e) {
            lock.release(policy, holder);
            throw e;
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        Outcome outcome = Outcome.FAILED;
        String detail = null;
        try {
            add(rows, purge.prepare(cutoff, start));
            int chunkSize = config.retentionChunkSize();
            Map<String, RetentionPurge.Position> after = new LinkedHashMap<>();
            RetentionPurge.Chunk chunk;
            do {
                if (stopping) {
                    throw new IllegalStateException("application stopping");
                }
                chunk = purge.purgeChunk(cutoff, clock.instant(), chunkSize, Map.copyOf(after));
                after.putAll(chunk.last());
                add(rows, chunk.rows());
                receipts.progress(id, rows);
                if (!lock.renew(policy, holder, clock.instant().plus(config.retentionLockLease()))) {
                    throw new IllegalStateException("lease lost to another node");
                }
            } while (!chunk.last().isEmpty() || chunk.rows().values().stream().anyMatch(count -> count > 0));
            outcome = Outcome.SUCCEEDED;
        } catch (RuntimeException e) {
            // The exception's message may quote a row; only its kind goes into the receipt and log.
            detail = e.getClass().getName();
            LOG.log(Level.WARNING, "Retention {0} failed with {1} after {2}", new Object[] {policy.code(), detail, rows});
        } finally {
            Instant end = clock.instant();
            try {
                receipts.finish(id, end, outcome, rows, detail);
            } finally {
                // A receipt that could not be finished must not keep the policy locked for a whole lease.
                lock.release(policy, holder);
            }
            if (outcome == Outcome.SUCCEEDED) {
                metrics.succeeded(policy, start, rows);
            }
        }
        Outcome finished = outcome;
        LOG.info(() -> "Retention " + policy.code() + " v" + policy.version() + " " + finished + ", cutoff " + cutoff + ", rows " + rows);
        return receipt(id);
    }

    private RetentionReceipt receipt(long id) {
        return receipts.find(id).orElseThrow();
    }

    private static void add(Map<String, Long> total, Map<String, Long> more) {
        more.forEach((table, count) -> total.merge(table, count, Long::sum));
    }

    /** The cluster instance and host a receipt names as where it ran. */
    public static String nodeName() {
        String instance = System.getProperty("com.sun.aas.instanceName", "server");
        try {
            return instance + "@" + InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return instance;
        }
    }
}
