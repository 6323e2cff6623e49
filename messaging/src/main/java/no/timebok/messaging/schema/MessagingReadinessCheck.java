package no.timebok.messaging.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import no.timebok.common.schema.ModuleReadiness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the messaging schema is migrated. */
@Readiness
@ApplicationScoped
public class MessagingReadinessCheck implements HealthCheck {

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    @Inject
    MessagingStartup startup;

    @Override
    public HealthCheckResponse call() {
        return ModuleReadiness.of("messaging", dataSource, startup.migrated());
    }
}
