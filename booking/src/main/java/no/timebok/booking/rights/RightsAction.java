package no.timebok.booking.rights;

/** What was done to answer a rights request; each is one {@link RightsRequestEvent}. */
public enum RightsAction {
    REGISTERED,
    ACCESS_EXPORTED,
    PORTABILITY_EXPORTED,
    RECTIFIED,
    ERASED,
    RESTRICTED,
    RESTRICTION_LIFTED,
    OBJECTION_RECORDED,
    CONSENT_RECORDED,
    ANSWERED
}
