package no.timebok.common.schema;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Migrates one module's tables with Flyway. Each module keeps its scripts under
 * {@code db/migration/<module>} and its own history table, so booking and messaging own their
 * schemas independently while sharing one database.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    /**
     * Applies the module's pending migrations. Flyway takes a database lock while it works, so two
     * cluster nodes deploying at once migrate once.
     *
     * @param moduleClassLoader the module's class loader, where its scripts live
     * @return the number of migrations applied now
     */
    public static int migrate(DataSource dataSource, String module, ClassLoader moduleClassLoader) {
        MigrateResult result = Flyway.configure(moduleClassLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module)
                .table("flyway_history_" + module)
                // Another module may have created its tables first; version 0 keeps our V1 pending.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema of module " + module + " migrated: " + result.migrationsExecuted
                + " migration(s) applied, now at version " + result.targetSchemaVersion);
        return result.migrationsExecuted;
    }
}
