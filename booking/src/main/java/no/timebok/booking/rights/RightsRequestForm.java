package no.timebok.booking.rights;

/**
 * A rights request as the officer typed it, before validation. Everything is a string (or null),
 * so that a wrong value comes back as a field error instead of a parse failure.
 *
 * @param matchKey the national ID number, phone number or email address, by {@code matchedBy}
 * @param receivedOn the day the clinic received the request, ISO ({@code 2026-11-23})
 */
public record RightsRequestForm(Long clinicId, String kind, String matchedBy, String matchKey, String identityCheck,
                                String identityNote, String receivedOn) {
}
