package no.timebok.booking.newsletter;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import no.timebok.common.persistence.UtcColumns;

/**
 * A newsletter-page subscriber's consent history ({@code newsletter_subscriber_event}): the grant
 * when the sign-up is confirmed, the withdrawal when an unsubscribe link is used. Append-only, like
 * the booking requests' {@code consent_event}; the database refuses to change or remove a row.
 */
final class SubscriberConsents {

    /** The text shown on the sign-up page, recorded with each event. */
    static final String TEXT_VERSION = "newsletter-page-2026-12";

    static final String SIGN_UP_PAGE = "newsletter-page";

    static final String UNSUBSCRIBE_LINK = "unsubscribe-link";

    /** Ended by a privacy officer answering a rights request (erasure or objection). */
    static final String RIGHTS_REQUEST = "rights-request";

    private SubscriberConsents() {
    }

    static void record(EntityManager em, long subscriberId, boolean granted, String channel, Instant now) {
        em.createNativeQuery("INSERT INTO newsletter_subscriber_event (subscriber_id, granted, channel, text_version, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, subscriberId).setParameter(2, granted).setParameter(3, channel)
                .setParameter(4, TEXT_VERSION).setParameter(5, UtcColumns.column(now))
                .executeUpdate();
    }
}
