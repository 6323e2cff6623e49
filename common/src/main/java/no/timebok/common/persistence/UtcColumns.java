package no.timebok.common.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants as every table stores them: UTC wall time in a zone-less {@code DATETIME(6)}. One place for
 * the conversion, so native queries, JDBC and the entity converter can never disagree by an hour twice a year.
 */
public final class UtcColumns {

    private UtcColumns() {
    }

    /** The column value of an instant, for JPA and native query parameters. */
    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The column value of an instant, for plain JDBC. */
    public static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(column(instant));
    }

    /** The instant a column value stands for, however the driver returned it ({@code LocalDateTime} or {@code Timestamp}). */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        LocalDateTime utc = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }

    /**
     * SQL that reads a column as microseconds since the epoch. The column holds UTC, so the
     * difference from 1970-01-01 is the instant; a number decodes far faster than a DATETIME when a
     * query returns thousands of them (the free-times page, by JFR). Read the value with
     * {@link #fromEpochMicros}. The column name is the caller's constant, never input.
     */
    public static String epochMicros(String column) {
        return "TIMESTAMPDIFF(MICROSECOND, '1970-01-01', " + column + ")";
    }

    /** The instant a value read through {@link #epochMicros} stands for. */
    public static Instant fromEpochMicros(Object micros) {
        return Instant.EPOCH.plus(((Number) micros).longValue(), ChronoUnit.MICROS);
    }
}
