package no.timebok.booking.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the booking tables store them: UTC wall time, as {@code UtcInstantConverter} does. */
final class BookingSql {

    private BookingSql() {
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
