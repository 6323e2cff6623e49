package no.timebok.booking.request;

/** When in the day the patient prefers to come. */
public enum PartOfDay {
    ANY, MORNING, AFTERNOON;

    public static java.util.Optional<PartOfDay> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return java.util.Optional.of(ANY);
        }
        for (PartOfDay part : values()) {
            if (part.name().equalsIgnoreCase(typed.strip())) {
                return java.util.Optional.of(part);
            }
        }
        return java.util.Optional.empty();
    }
}
