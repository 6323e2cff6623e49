package no.timebok.common.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        return migrate(dataSource, module, moduleClassLoader, Optional.empty());
    }

    /**
     * As {@link #migrate(DataSource, String, ClassLoader)}, then the repeatable scripts in
     * {@code demoData} when given. A database once seeded still starts without them: their history
     * rows are ignored, not refused.
     */
    public static int migrate(DataSource dataSource, String module, ClassLoader moduleClassLoader, Optional<Path> demoData) {
        List<String> locations = new ArrayList<>();
        locations.add("classpath:db/migration/" + module);
        demoData.ifPresent(directory -> locations.add("filesystem:" + directory.toAbsolutePath()));
        MigrateResult result = Flyway.configure(moduleClassLoader)
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
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
