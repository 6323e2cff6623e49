package no.timebok.common.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * On a fresh domain booking's schema was migrated, so /health/ready said UP, while its web module
 * did not serve yet and POST /api/booking-requests answered 404.
 */
class ModuleReadinessTest {

    private final DataSource answering = dataSourceWhoseConnectionsAreValid();

    @AfterEach
    void noModuleServes() {
        ServingModules.stopped("booking");
        ServingModules.stopped("messaging");
    }

    @Test
    void aMigratedModuleIsNotReadyBeforeTheEarServes() {
        assertEquals(Status.DOWN, ModuleReadiness.of("booking", answering, true).getStatus());
    }

    @Test
    void aMigratedModuleIsNotReadyWhileAnotherModuleOfTheEarDoesNotServe() {
        ServingModules.started("booking");

        assertEquals(Status.DOWN, ModuleReadiness.of("booking", answering, true).getStatus());
    }

    @Test
    void readyOnceEveryModuleOfTheEarServes() {
        ServingModules.started("booking");
        ServingModules.started("messaging");

        assertEquals(Status.UP, ModuleReadiness.of("booking", answering, true).getStatus());
        assertEquals(Status.DOWN, ModuleReadiness.of("booking", answering, false).getStatus());
    }

    private static DataSource dataSourceWhoseConnectionsAreValid() {
        Connection connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isValid" -> true;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connection;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
