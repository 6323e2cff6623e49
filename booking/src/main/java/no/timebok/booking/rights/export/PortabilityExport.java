package no.timebok.booking.rights.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.timebok.booking.waitinglist.WaitingListRights;

/**
 * What the person provided themselves (GDPR art. 20): the booking form's fields, their contact data,
 * their free text while held, the consents they gave, their newsletter sign-ups (with the grants
 * only) and their waiting-list entries. Nothing staff added.
 */
public record PortabilityExport(Instant generatedAt, String clinic, List<Provided> bookingRequests,
                                List<AccessExport.Consent> consents, List<AccessExport.Subscription> newsletterSubscriptions,
                                List<WaitingListRights.Entry> waitingList) {

    /** @param nationalId masked, as everywhere the system shows it */
    public record Provided(String reference, Instant submittedAt, String visitType, LocalDate preferredFrom,
                           LocalDate preferredUntil, String preferredPartOfDay, String language, String firstName,
                           String lastName, String phone, String email, String nationalId, String freeText) {
    }
}
