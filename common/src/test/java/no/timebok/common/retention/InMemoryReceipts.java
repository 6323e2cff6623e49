package no.timebok.common.retention;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Receipts kept in a list, written and read as {@code retention_receipt} rows are. */
final class InMemoryReceipts extends ReceiptRepository {

    private final List<RetentionReceipt> rows = new ArrayList<>();
    boolean failToStart;
    boolean failToFinish;

    @Override
    public long start(RetentionPolicy policy, RetentionReceipt.Trigger trigger, Instant cutoff, Instant startedAt,
                      String node, RetentionReceipt.Outcome outcome) {
        if (failToStart) {
            throw new RetentionDatabaseException("Writing a retention receipt", new SQLException("connection lost", "08S01"));
        }
        long id = rows.size() + 1L;
        Optional<Instant> ended = outcome == RetentionReceipt.Outcome.RUNNING ? Optional.empty() : Optional.of(startedAt);
        rows.add(new RetentionReceipt(id, policy, policy.version(), trigger, cutoff, startedAt, ended, node, outcome,
                Map.of(), Optional.empty()));
        return id;
    }

    @Override
    public void finish(long id, Instant endedAt, RetentionReceipt.Outcome outcome, Map<String, Long> counted, String detail) {
        if (failToFinish) {
            throw new RetentionDatabaseException("Finishing a retention receipt", new SQLException("connection lost", "08S01"));
        }
        RetentionReceipt r = rows.get((int) id - 1);
        rows.set((int) id - 1, new RetentionReceipt(id, r.policy(), r.policyVersion(), r.trigger(), r.cutoff(), r.startedAt(),
                Optional.of(endedAt), r.node(), outcome, Collections.unmodifiableMap(new LinkedHashMap<>(counted)),
                Optional.ofNullable(detail)));
    }

    @Override
    public void progress(long id, Map<String, Long> counted) {
        RetentionReceipt r = rows.get((int) id - 1);
        if (r.outcome() == RetentionReceipt.Outcome.RUNNING) {
            rows.set((int) id - 1, new RetentionReceipt(id, r.policy(), r.policyVersion(), r.trigger(), r.cutoff(), r.startedAt(),
                    r.endedAt(), r.node(), r.outcome(), Map.copyOf(counted), r.detail()));
        }
    }

    @Override
    public int abandonRunning(RetentionPolicy policy, Instant at) {
        int abandoned = 0;
        for (RetentionReceipt r : List.copyOf(rows)) {
            if (r.policy() == policy && r.outcome() == RetentionReceipt.Outcome.RUNNING) {
                rows.set((int) r.id() - 1, new RetentionReceipt(r.id(), r.policy(), r.policyVersion(), r.trigger(), r.cutoff(),
                        r.startedAt(), Optional.of(at), r.node(), RetentionReceipt.Outcome.ABANDONED, r.rows(),
                        Optional.of("lease expired")));
                abandoned++;
            }
        }
        return abandoned;
    }

    @Override
    public Optional<Instant> lastSuccess(RetentionPolicy policy) {
        return rows.stream()
                .filter(r -> r.policy() == policy && r.outcome() == RetentionReceipt.Outcome.SUCCEEDED)
                .map(RetentionReceipt::startedAt)
                .max(Instant::compareTo);
    }

    @Override
    public Optional<RetentionReceipt> find(long id) {
        return id >= 1 && id <= rows.size() ? Optional.of(rows.get((int) id - 1)) : Optional.empty();
    }

    @Override
    public List<RetentionReceipt> newest(Optional<RetentionPolicy> policy, int limit) {
        List<RetentionReceipt> newest = new ArrayList<>(rows);
        Collections.reverse(newest);
        return newest.stream().filter(r -> policy.map(p -> p == r.policy()).orElse(true)).limit(limit).toList();
    }

    List<RetentionReceipt> all() {
        return List.copyOf(rows);
    }

    /** A receipt of an earlier run, as if written by it. */
    void add(RetentionPolicy policy, Instant startedAt, RetentionReceipt.Outcome outcome) {
        long id = start(policy, RetentionReceipt.Trigger.SCHEDULE, startedAt, startedAt, "earlier", RetentionReceipt.Outcome.RUNNING);
        finish(id, startedAt, outcome, Map.of(), null);
    }
}
