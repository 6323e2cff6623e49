package no.timebok.booking.rights;

import java.util.List;

/**
 * The person a rights request concerns, as the clinic knows them: their booking requests at that
 * clinic, found by the identifier the request was registered with. Re-matched whenever it is used,
 * so a booking made after the request was registered is covered too.
 *
 * @param bookingRequestIds the person's booking requests at the clinic, oldest first
 * @param references the same requests' references, in the same order
 */
public record DataSubject(long rightsRequestId, long clinicId, List<Long> bookingRequestIds, List<String> references) {

    public DataSubject {
        bookingRequestIds = List.copyOf(bookingRequestIds);
        references = List.copyOf(references);
        if (bookingRequestIds.size() != references.size()) {
            throw new IllegalArgumentException("One reference per booking request");
        }
    }

    public boolean isEmpty() {
        return bookingRequestIds.isEmpty();
    }
}
