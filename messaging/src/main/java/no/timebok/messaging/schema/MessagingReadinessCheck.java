package no.timebok.messaging.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the messaging schema is migrated. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = MessagingStartup.DATASOURCE)
    DataSource dataSource;

    @Inject
    MessagingStartup startup;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean schema = startup.migrated();
        return HealthCheckResponse.named("messaging")
                .status(database && schema)
                .withData("database", database ? "UP" : "DOWN")
                .withData("schema", schema ? "migrated" : "pending")
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
