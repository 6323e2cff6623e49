package no.timebok.common.schema;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;

/**
 * The readiness every module reports the same way: the database answers, its schema is migrated,
 * and every web module of the EAR serves (see {@link ServingModules}).
 */
public final class ModuleReadiness {

    /** The one container datasource every module uses; operations create it (see README). */
    public static final String DATASOURCE = "jdbc/timebok";

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private ModuleReadiness() {
    }

    public static HealthCheckResponse of(String module, DataSource dataSource, boolean migrated) {
        boolean database = answers(dataSource);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("database", database ? "UP" : "DOWN");
        data.put("schema", migrated ? "migrated" : "pending");
        Set<String> waiting = ServingModules.notYetServing();
        data.put("modules", waiting.isEmpty() ? "serving" : "waiting for " + String.join(", ", waiting));
        boolean ready = database && migrated && waiting.isEmpty();
        // The constructor rather than the builder: it needs no HealthCheckResponseProvider, so a unit test can call it.
        return new HealthCheckResponse(module, ready ? Status.UP : Status.DOWN, Optional.of(data));
    }

    private static boolean answers(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }
}
