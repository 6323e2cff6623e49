package no.timebok.booking.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import no.timebok.booking.staff.StaffBootstrap;
import javax.sql.DataSource;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.RetentionSchema;
import no.timebok.common.schema.ModuleReadiness;
import no.timebok.common.schema.SchemaMigrator;

/**
 * Runs before the module serves anything: a missing required configuration key or a failed
 * migration stops the deployment, with a message that says which.
 * Bean-managed, because Flyway commits its own work.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class BookingStartup {

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    @Inject
    TimebokConfig config;

    @Inject
    StaffBootstrap staffBootstrap;

    private volatile boolean migrated;

    @PostConstruct
    void start() {
        config.verifyEveryKey();
        SchemaMigrator.migrate(dataSource, "booking", getClass().getClassLoader(), config.demoData());
        staffBootstrap.createFirstAdministratorIfNone();
        RetentionSchema.migrate(dataSource);
        migrated = true;
    }

    public boolean migrated() {
        return migrated;
    }
}
