package no.timebok.booking.rights.consent;

import java.util.List;

/**
 * The privacy officer recorded a withdrawal of, or an objection to, the newsletter for these
 * booking requests. Fired in the recording's transaction, so whatever an observer does for it
 * commits or rolls back with the record.
 */
public record NewsletterConsentEnded(List<Long> bookingRequestIds) {

    public NewsletterConsentEnded {
        bookingRequestIds = List.copyOf(bookingRequestIds);
    }
}
