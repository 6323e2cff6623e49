package no.timebok.booking.rights;

/** Which identifier a person was found by in the clinic's booking requests. */
public enum MatchedBy {
    NATIONAL_ID, PHONE, EMAIL
}
