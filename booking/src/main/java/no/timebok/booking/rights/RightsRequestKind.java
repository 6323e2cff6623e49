package no.timebok.booking.rights;

/** The right a person exercises (GDPR arts. 7(3) and 15–21). */
public enum RightsRequestKind {
    ACCESS, RECTIFICATION, ERASURE, RESTRICTION, OBJECTION, PORTABILITY, CONSENT_WITHDRAWAL
}
