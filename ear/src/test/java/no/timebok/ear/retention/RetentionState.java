package no.timebok.ear.retention;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.peers.Peers;

/**
 * The engine's state between tests: no receipts (so every policy is overdue at the next start) and
 * no locks. Later test classes share the database, and start with it like this too.
 */
final class RetentionState {

    private RetentionState() {
    }

    private static final List<String> POLICIES = List.of("FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");

    /** When a test last deleted the receipts: a catch-up's receipts from before then are gone. */
    private static volatile Instant lastCleared = Instant.EPOCH;

    /** On a fresh database the first deployment has not created the tables yet; then there is nothing to clear. */
    static void clear() throws SQLException {
        if (TestDatabase.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'retention_receipt'") == 0) {
            return;
        }
        TestDatabase.update("DELETE FROM retention_receipt");
        lastCleared = Instant.now();
        releaseLocks();
    }

    /**
     * Waits until the shared application's start-up check (five seconds after a start) has run, so
     * a run a test starts is not skipped as busy. The tests start the application only on a fresh
     * database or after {@link #clear()}, when every policy is overdue: the check then leaves a
     * finished CATCH_UP receipt for each. When receipts were deleted since, there is nothing left
     * to see, and only a free lock is waited for.
     */
    static void awaitStartUpRuns() {
        Instant started = TimebokDeployment.lastStart();
        boolean receiptsKept = lastCleared.isBefore(started);
        Peers.await(Duration.ofMinutes(2), "the start-up retention check", () -> {
            try {
                boolean free = TestDatabase.count("SELECT COUNT(*) FROM retention_lock WHERE holder IS NOT NULL") == 0;
                return free && (!receiptsKept || POLICIES.stream().allMatch(policy -> caughtUpSince(policy, started)));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static boolean caughtUpSince(String policy, Instant started) {
        try {
            return TestDatabase.count("SELECT COUNT(*) FROM retention_receipt WHERE policy = ? AND trigger_kind = 'CATCH_UP'"
                    + " AND outcome <> 'RUNNING' AND started_at >= ?", policy,
                    RetentionFixtures.utc(started.minusSeconds(1))) > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void releaseLocks() throws SQLException {
        TestDatabase.update("UPDATE retention_lock SET holder = NULL, lease_until = NULL");
    }
}
