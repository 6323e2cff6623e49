package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import no.timebok.common.persistence.UtcColumns;

/**
 * Withdrawals of newsletter-page subscriptions through a copy's unsubscribe link. The privacy notice
 * names no period to keep a former subscriber's name and address, so they are deleted in the same
 * transaction; the row keeps its id and dates, so the consent history still points at something.
 * Reads only ids and states and writes no more than it erases: an edge node may (edge-grants.sql).
 */
@ApplicationScoped
public class SubscriberWithdrawals {

    private static final String STILL_SUBSCRIBED = """
            SELECT s.id FROM newsletter_unsubscribe_link_subscriber l
            JOIN newsletter_subscriber s ON s.id = l.subscriber_id
            WHERE l.token_digest = ? AND s.status = 'CONFIRMED'
            ORDER BY s.id FOR UPDATE""";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** @return the subscribers of the unsubscribe link (by its token's digest) who were unsubscribed now */
    public List<Long> withdraw(String linkDigest, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(STILL_SUBSCRIBED).setParameter(1, linkDigest).getResultList();
        List<Long> ids = rows.stream().map(id -> ((Number) id).longValue()).toList();
        if (ids.isEmpty()) {
            return ids;
        }
        for (long id : ids) {
            SubscriberConsents.record(em, id, false, SubscriberConsents.UNSUBSCRIBE_LINK, now);
        }
        // Ids come from the database as numbers, so joining them into the statement cannot inject anything.
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        em.createNativeQuery("UPDATE newsletter_subscriber SET name = NULL, email = NULL, token_digest = NULL,"
                        + " status = 'UNSUBSCRIBED', unsubscribed_at = ? WHERE id IN (" + in + ")")
                .setParameter(1, UtcColumns.column(now))
                .executeUpdate();
        return ids;
    }
}
