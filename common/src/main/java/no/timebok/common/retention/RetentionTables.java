package no.timebok.common.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** How the engine's JDBC code stores instants: as UTC wall time, like {@code UtcInstantConverter}. */
final class RetentionTables {

    private RetentionTables() {
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp utc) {
        return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
