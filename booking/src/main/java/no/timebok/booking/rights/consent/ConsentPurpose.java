package no.timebok.booking.rights.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a consent is for. Only purposes resting on legitimate interest or public interest can be
 * objected to (GDPR art. 21); the others rest on consent alone, and are stopped by withdrawing it.
 */
public enum ConsentPurpose {
    NEWSLETTER(true),
    INSURANCE_DATA_EXCHANGE(false),
    RECORD_FETCHING(false),
    QUALITY_REGISTRY(true);

    private final boolean objectable;

    ConsentPurpose(boolean objectable) {
        this.objectable = objectable;
    }

    public boolean objectable() {
        return objectable;
    }

    public static Optional<ConsentPurpose> parse(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
