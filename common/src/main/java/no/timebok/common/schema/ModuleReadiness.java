package no.timebok.common.schema;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The readiness every module reports the same way: the database answers and its schema is migrated. */
public final class ModuleReadiness {

    /** The one container datasource every module uses; operations create it (see README). */
    public static final String DATASOURCE = "jdbc/timebok";

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private ModuleReadiness() {
    }

    public static HealthCheckResponse of(String module, DataSource dataSource, boolean migrated) {
        boolean database = answers(dataSource);
        return HealthCheckResponse.named(module)
                .status(database && migrated)
                .withData("database", database ? "UP" : "DOWN")
                .withData("schema", migrated ? "migrated" : "pending")
                .build();
    }

    private static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
