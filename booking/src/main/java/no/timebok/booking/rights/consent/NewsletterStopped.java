package no.timebok.booking.rights.consent;

import java.time.Instant;
import java.util.List;

/**
 * Fired, in the transaction that records it, when a privacy officer records that a person withdrew
 * their newsletter consent or objected to the newsletter. Their booking requests get consent events
 * here; their newsletter-page subscriptions belong to the newsletter feature, which observes this.
 * An event rather than a call because the newsletter feature already depends on this package.
 *
 * @param bookingRequestIds the person's booking requests at the clinic, whose newsletter copies are
 *        measured no more
 * @param subscriberIds the person's subscriptions at the clinic, as matched for the rights request
 * @param channel how the wish reached the clinic, as a consent channel's code
 */
public record NewsletterStopped(long clinicId, List<Long> bookingRequestIds, List<Long> subscriberIds, String channel,
                                Instant at) {

    public NewsletterStopped {
        bookingRequestIds = List.copyOf(bookingRequestIds);
        subscriberIds = List.copyOf(subscriberIds);
    }
}
