package no.timebok.common.retention;

import javax.sql.DataSource;
import no.timebok.common.schema.SchemaMigrator;

/**
 * The engine's tables live in the common jar, so either module can start first: both migrate them
 * at start-up, and Flyway's lock on {@code flyway_history_retention} makes the second a no-op.
 */
public final class RetentionSchema {

    private RetentionSchema() {
    }

    public static void migrate(DataSource dataSource) {
        SchemaMigrator.migrate(dataSource, "retention", RetentionSchema.class.getClassLoader());
    }
}
