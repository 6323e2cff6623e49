package no.timebok.booking.rights;

/**
 * How the clinic made sure the request comes from the person it concerns. Answering a stranger
 * with someone's health-adjacent data is itself a breach, so the check is always recorded.
 */
public enum IdentityCheck {
    /** Logged in with BankID (or another eID at a high level of assurance). */
    BANKID,
    /** Showed a passport, driving licence or national ID card in person. */
    ID_DOCUMENT,
    /** Confirmed through the phone number or email address the clinic already had. */
    KNOWN_CONTACT,
    /** Anything else; the officer must describe it in a note. */
    OTHER;

    public boolean needsNote() {
        return this == OTHER;
    }
}
