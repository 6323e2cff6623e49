package no.timebok.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Stores an {@link Instant} as a UTC {@code DATETIME(6)}. EclipseLink 4 would otherwise serialize
 * an Instant into a blob, and a zone-less column read in the JVM's zone would shift by an hour
 * twice a year.
 */
@Converter
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : UtcColumns.column(instant);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime value) {
        return UtcColumns.instant(value);
    }
}
