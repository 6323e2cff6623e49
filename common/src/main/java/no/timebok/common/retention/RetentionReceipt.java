package no.timebok.common.retention;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Proof of one run: which rule, which cutoff, when, where, what it touched and how it ended. Holds
 * no personal data: rows are counted per table, never listed.
 *
 * @param rows rows affected per table (and per kind of change), in the order they were touched
 * @param detail for a failed run, the kind of failure (an exception class, never its message)
 */
public record RetentionReceipt(long id, RetentionPolicy policy, int policyVersion, Trigger trigger, Instant cutoff,
                               Instant startedAt, Optional<Instant> endedAt, String node, Outcome outcome,
                               Map<String, Long> rows, Optional<String> detail) implements Serializable {

    /** What started a run. */
    public enum Trigger {
        SCHEDULE, CATCH_UP, STAFF,
        /** A data subject's erasure request, answered by the privacy officer. */
        REQUEST
    }

    public enum Outcome {
        /** Still running, or the node died while it ran (its lease then expires). */
        RUNNING,
        /**
         * The node died while it ran: the next run of the policy, once it has the expired lease,
         * closes this receipt and finishes the work. The rows count every chunk recorded before.
         */
        ABANDONED,
        SUCCEEDED,
        FAILED,
        /** Another run of the same policy held the lock; this one did nothing. */
        SKIPPED_BUSY
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
