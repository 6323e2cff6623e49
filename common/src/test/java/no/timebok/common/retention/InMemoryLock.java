package no.timebok.common.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code retention_lock} rows held in memory, with the same conditional claims as the SQL. */
final class InMemoryLock extends RetentionLock {

    record Lease(String holder, Instant until) {
    }

    private final Map<RetentionPolicy, Lease> leases = new EnumMap<>(RetentionPolicy.class);
    final List<String> acquiredBy = new ArrayList<>();
    final List<Instant> acquiredUntil = new ArrayList<>();
    final List<Instant> renewedUntil = new ArrayList<>();
    final Map<RetentionPolicy, Instant> checkedAt = new EnumMap<>(RetentionPolicy.class);

    @Override
    public boolean tryAcquire(RetentionPolicy policy, String holder, Instant now, Instant leaseUntil) {
        Lease current = leases.get(policy);
        if (current != null && !current.until().isBefore(now)) {
            return false;
        }
        leases.put(policy, new Lease(holder, leaseUntil));
        acquiredBy.add(holder);
        acquiredUntil.add(leaseUntil);
        return true;
    }

    @Override
    public boolean renew(RetentionPolicy policy, String holder, Instant leaseUntil) {
        Lease current = leases.get(policy);
        if (current == null || !current.holder().equals(holder)) {
            return false;
        }
        leases.put(policy, new Lease(holder, leaseUntil));
        renewedUntil.add(leaseUntil);
        return true;
    }

    @Override
    public void release(RetentionPolicy policy, String holder) {
        Lease current = leases.get(policy);
        if (current != null && current.holder().equals(holder)) {
            leases.remove(policy);
        }
    }

    @Override
    public boolean abandoned(RetentionPolicy policy, Instant now) {
        Lease current = leases.get(policy);
        return current != null && current.until().isBefore(now);
    }

    @Override
    public void recordCheck(RetentionPolicy policy, Instant checked) {
        checkedAt.put(policy, checked);
    }

    /** Another node's claim, as a row written by it. */
    void heldBy(RetentionPolicy policy, String holder, Instant until) {
        leases.put(policy, new Lease(holder, until));
    }

    Optional<Lease> lease(RetentionPolicy policy) {
        return Optional.ofNullable(leases.get(policy));
    }
}
