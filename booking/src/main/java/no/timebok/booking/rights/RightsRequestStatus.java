package no.timebok.booking.rights;

/** A rights request is open until the officer records it as answered. */
public enum RightsRequestStatus {
    OPEN, ANSWERED
}
