package no.timebok.booking.rights.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.timebok.booking.newsletter.SubscriptionRecord;
import no.timebok.booking.request.PatientContact;
import no.timebok.booking.waitinglist.WaitingListRights;
import no.timebok.common.messaging.ThreadEntry;

/**
 * Everything the system holds about one person at one clinic (GDPR art. 15), as the JSON file and
 * the printable page show it. Built fresh for each export; absent values are null, and JSON-B
 * leaves them out.
 */
public record AccessExport(Instant generatedAt, long rightsRequestId, Clinic clinic, List<Request> bookingRequests,
                           List<Consent> consents, List<AccessEntry> accessLog, List<Rights> rightsRequests,
                           List<Subscription> newsletterSubscriptions, List<WaitingListRights.Entry> waitingList) {

    public record Clinic(long id, String name) {
    }

    /**
     * @param nationalId masked ({@code 010190 *****}), as staff see it
     * @param freeText while retention or an erasure has not removed it
     * @param privacyNoticeVersion the privacy notice's version shown when submitted; null when not recorded
     */
    public record Request(String reference, String clinic, String visitType, Instant submittedAt, String status,
                          LocalDate preferredFrom, LocalDate preferredUntil, String preferredPartOfDay, String language,
                          String firstName, String lastName, String phone, String email, String nationalId,
                          String freeText, Instant freeTextErasedAt, Instant contactErasedAt, List<StatusChange> history,
                          List<Note> notes, List<Appointment> appointments, List<Message> messages,
                          List<Correction> corrections, LocalDate privacyNoticeVersion) {
    }

    public record StatusChange(Instant at, String kind, String fromStatus, String toStatus) {
    }

    public record Note(Instant writtenAt, String text) {
    }

    public record Appointment(Instant startsAt, Instant endsAt, String resource, String place, String status,
                              Instant confirmedByPatientAt) {
    }

    public record Message(Instant at, String direction, String channel, String kind, String state, String text) {

        static Message of(ThreadEntry entry) {
            return new Message(entry.at(), entry.direction().name(), entry.channel().name(),
                    entry.kind().map(Enum::name).orElse(null), entry.state().name(), entry.text().orElse(null));
        }
    }

    public record Correction(Instant correctedAt, Contact before, Contact after) {
    }

    public record Contact(String firstName, String lastName, String phone, String email) {

        static Contact of(PatientContact contact) {
            return new Contact(contact.firstName(), contact.lastName(), contact.phoneE164().orElse(null),
                    contact.email().orElse(null));
        }
    }

    public record Consent(String reference, String purpose, boolean granted, String channel, String textVersion,
                          Instant recordedAt) {
    }

    /** @param readerName only when the clinic has chosen to name the staff who read the data */
    public record AccessEntry(Instant at, String reference, String role, String readerName, String action) {
    }

    /**
     * A newsletter-page subscription held under the person's address. Its consent history is its own
     * (the booking requests' consents are listed beside), named by the subscription's reference.
     *
     * @param name null, like the email, once the subscription ended
     */
    public record Subscription(String reference, String name, String email, String language, String status,
                               Instant subscribedAt, Instant confirmedAt, Instant unsubscribedAt,
                               Instant processingRestrictedAt, List<Consent> consents) {

        static Subscription of(SubscriptionRecord s) {
            return new Subscription(s.reference(), s.name(), s.email(), s.language(), s.status(), s.subscribedAt(),
                    s.confirmedAt(), s.unsubscribedAt(), s.restrictedAt(), s.consents().stream()
                    .map(c -> new Consent(s.reference(), "NEWSLETTER", c.granted(), c.channel(), c.textVersion(), c.recordedAt()))
                    .toList());
        }
    }

    public record Rights(long id, String kind, LocalDate receivedOn, LocalDate dueOn, String status, List<Step> steps) {
    }

    public record Step(Instant at, String action, String detail) {
    }
}
