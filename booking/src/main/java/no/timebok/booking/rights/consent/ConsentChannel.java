package no.timebok.booking.rights.consent;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a consent change reached the clinic. Staff record only what the person told them; the form
 * and the unsubscribe link record themselves, so staff cannot claim either.
 */
public enum ConsentChannel {
    BOOKING_FORM("booking-form", false),
    IN_PERSON("in-person", true),
    PHONE("phone", true),
    LETTER("letter", true),
    EMAIL("email", true),
    UNSUBSCRIBE_LINK("unsubscribe-link", false),
    /** An objection is a rights request of its own; the request says how it arrived. */
    RIGHTS_REQUEST("rights-request", false);

    private final String code;
    private final boolean staffRecorded;

    ConsentChannel(String code, boolean staffRecorded) {
        this.code = code;
        this.staffRecorded = staffRecorded;
    }

    public String code() {
        return code;
    }

    /** A channel a privacy officer may record a change through. */
    public static Optional<ConsentChannel> staffChannel(String code) {
        return Arrays.stream(values()).filter(c -> c.staffRecorded && c.code.equals(code)).findFirst();
    }
}
