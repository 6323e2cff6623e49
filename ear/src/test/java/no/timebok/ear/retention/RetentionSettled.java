package no.timebok.ear.retention;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that run a purge themselves: the start-up runs are done before the class, so
 * none of them races the test's own run, and a lock a test's run left is released after each test.
 * Register after {@link no.timebok.ear.TimebokDeployment}.
 */
final class RetentionSettled implements BeforeAllCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RetentionState.awaitStartUpRuns();
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        RetentionState.releaseLocks();
    }
}
