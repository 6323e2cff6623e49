package no.timebok.booking.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import no.timebok.common.schema.ModuleReadiness;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the booking schema is migrated. */
@Readiness
@ApplicationScoped
public class BookingReadinessCheck implements HealthCheck {

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    @Inject
    BookingStartup startup;

    @Override
    public HealthCheckResponse call() {
        return ModuleReadiness.of("booking", dataSource, startup.migrated());
    }
}
