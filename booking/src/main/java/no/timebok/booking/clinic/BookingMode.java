package no.timebok.booking.clinic;

/** How patients come to an appointment of one kind of visit: by a request staff call back about, by picking a time, or either. */
public enum BookingMode {
    REQUEST,
    DIRECT,
    BOTH;

    public boolean takesRequests() {
        return this != DIRECT;
    }

    public boolean offersTimes() {
        return this != REQUEST;
    }

    /** The mode a form or API named, or empty for anything else. */
    public static java.util.Optional<BookingMode> parse(String value) {
        for (BookingMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return java.util.Optional.of(mode);
            }
        }
        return java.util.Optional.empty();
    }
}
