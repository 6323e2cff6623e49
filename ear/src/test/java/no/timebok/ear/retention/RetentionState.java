package no.timebok.ear.retention;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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

    /** When a test last cleared the engine's state: the checks of any earlier start are gone with it. */
    private static volatile Instant lastCleared = Instant.EPOCH;

    /** On a fresh database the first deployment has not created the tables yet; then there is nothing to clear. */
    static void clear() throws SQLException {
        if (TestDatabase.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'retention_receipt'") == 0) {
            return;
        }
        TestDatabase.update("DELETE FROM retention_receipt");
        TestDatabase.update("UPDATE retention_lock SET last_checked_at = NULL");
        lastCleared = Instant.now();
        releaseLocks();
    }

    /**
     * Waits until the shared application's start-up check (a second after a start here) is over, so
     * a run a test starts is not skipped as busy. The tests start the application with the real
     * clock. When the state was cleared since, that check's marks are gone, and the class that
     * cleared it has waited for its own; then only a free lock is waited for.
     */
    static void awaitStartUpRuns() {
        Instant started = TimebokDeployment.lastStart();
        if (lastCleared.isBefore(started)) {
            RetentionFixtures.awaitChecksSince(started);
        }
        Peers.await(Duration.ofMinutes(2), "the retention locks to be free", () -> {
            try {
                return TestDatabase.count("SELECT COUNT(*) FROM retention_lock WHERE holder IS NOT NULL") == 0;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static void releaseLocks() throws SQLException {
        TestDatabase.update("UPDATE retention_lock SET holder = NULL, lease_until = NULL");
    }
}
