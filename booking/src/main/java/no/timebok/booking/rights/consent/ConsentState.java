package no.timebok.booking.rights.consent;

/** Where a purpose stands for a person: only GRANTED allows it. */
public enum ConsentState {
    NONE, GRANTED, WITHDRAWN, OBJECTED
}
