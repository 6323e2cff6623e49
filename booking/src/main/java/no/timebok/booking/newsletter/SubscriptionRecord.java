package no.timebok.booking.newsletter;

import java.time.Instant;
import java.util.List;

/**
 * One newsletter-page subscription as the rights tools show it to the person it belongs to. The
 * confirmation token's digest is never part of it: it is a credential, not data about the person.
 *
 * @param name null once the subscription ended (the name and address are erased then)
 * @param restrictedAt when processing was restricted through a rights request; null when it is not
 */
public record SubscriptionRecord(long id, String reference, String name, String email, String language, String status,
                                 Instant subscribedAt, Instant confirmedAt, Instant unsubscribedAt, Instant restrictedAt,
                                 List<Consent> consents) {

    public SubscriptionRecord {
        consents = List.copyOf(consents);
    }

    /** A grant or withdrawal of the newsletter consent, oldest first. */
    public record Consent(boolean granted, String channel, String textVersion, Instant recordedAt) {
    }
}
