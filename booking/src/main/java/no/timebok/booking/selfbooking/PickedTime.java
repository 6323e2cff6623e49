package no.timebok.booking.selfbooking;

import java.time.Instant;
import java.util.Optional;

/**
 * A free time as a page carries it in a form or link: the resource and the start, as
 * {@code <resource id>-<epoch second>}. Neither is personal data, so it may stand in a URL.
 */
public record PickedTime(long resourceId, Instant start) {

    public static Optional<PickedTime> parse(String value) {
        if (value == null || !value.matches("\\d{1,18}-\\d{1,12}")) {
            return Optional.empty();
        }
        String[] parts = value.split("-");
        return Optional.of(new PickedTime(Long.parseLong(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
    }

    public String value() {
        return resourceId + "-" + start.getEpochSecond();
    }
}
