package no.timebok.booking.rights;

import java.util.List;

/**
 * The person a rights request concerns, as the clinic knows them: their booking requests at that
 * clinic, found by the identifier the request was registered with, and, when that identifier is an
 * email address, their newsletter-page subscriptions there. Re-matched whenever it is used, so a
 * booking or sign-up made after the request was registered is covered too.
 *
 * @param bookingRequestIds the person's booking requests at the clinic, oldest first
 * @param references the same requests' references, in the same order
 * @param subscriberIds the person's newsletter-page subscriptions at the clinic that still hold their
 *        address (pending or confirmed), oldest first
 * @param waitingListIds the person's waiting-list entries at the clinic, found by phone or email, oldest first
 */
public record DataSubject(long rightsRequestId, long clinicId, List<Long> bookingRequestIds, List<String> references,
                          List<Long> subscriberIds, List<Long> waitingListIds) {

    public DataSubject {
        bookingRequestIds = List.copyOf(bookingRequestIds);
        references = List.copyOf(references);
        subscriberIds = List.copyOf(subscriberIds);
        waitingListIds = List.copyOf(waitingListIds);
        if (bookingRequestIds.size() != references.size()) {
            throw new IllegalArgumentException("One reference per booking request");
        }
    }

    /** Whether no booking request was found; subscriptions and waiting-list entries are asked about separately. */
    public boolean isEmpty() {
        return bookingRequestIds.isEmpty();
    }

    /** Whether the clinic holds nothing of the person that the rights tools can act on. */
    public boolean isNobody() {
        return bookingRequestIds.isEmpty() && subscriberIds.isEmpty() && waitingListIds.isEmpty();
    }
}
