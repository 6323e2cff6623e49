package no.timebok.ear.retention;

import java.sql.SQLException;
import no.timebok.ear.TimebokDeployment;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes about an application start: the shared application is stopped before the class,
 * so each test starts it at the moment (and clock) it chooses, and started again after the class for
 * the classes that follow. Register after {@link TimebokDeployment}, which must have deployed it.
 */
final class StartedByEachTest implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        TimebokDeployment.stopApplication();
        // A run the stop cut short keeps its lease until it runs out; no test should wait for that.
        RetentionState.releaseLocks();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TimebokDeployment.startApplication();
    }
}
