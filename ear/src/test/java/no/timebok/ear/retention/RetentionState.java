package no.timebok.ear.retention;

import java.sql.SQLException;
import no.timebok.ear.TestDatabase;

/**
 * The engine's state between tests: no receipts (so every policy is overdue at the next start) and
 * no locks. Later test classes share the database, and start with it like this too.
 */
final class RetentionState {

    private RetentionState() {
    }

    /** On a fresh database the first deployment has not created the tables yet; then there is nothing to clear. */
    static void clear() throws SQLException {
        if (TestDatabase.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'retention_receipt'") == 0) {
            return;
        }
        TestDatabase.update("DELETE FROM retention_receipt");
        releaseLocks();
    }

    /**
     * The tests write rows before they start the application, so on a fresh database they first
     * start it once to have the schema migrated, and let its start-up runs finish.
     */
    static void ensureSchema(org.jboss.arquillian.container.test.api.Deployer deployer, String app) throws Exception {
        if (TestDatabase.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('retention_receipt', 'message_journal')") == 2) {
            return;
        }
        deployer.deploy(app);
        try {
            RetentionFixtures.awaitFinishedRuns(0, "FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");
        } finally {
            deployer.undeploy(app);
        }
    }

    /**
     * For test classes whose deployment Arquillian manages: waits out the start-up check (five
     * seconds after deployment) and any run it started, so a run a test starts is not skipped as busy.
     */
    static void awaitStartUpRuns() throws SQLException, InterruptedException {
        Thread.sleep(7_000);
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(120);
        while (TestDatabase.count("SELECT COUNT(*) FROM retention_lock WHERE holder IS NOT NULL") > 0
                && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    static void releaseLocks() throws SQLException {
        TestDatabase.update("UPDATE retention_lock SET holder = NULL, lease_until = NULL");
    }
}
