package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.persistence.UtcColumns;

/**
 * A newsletter copy's measuring marks: its first open and the addresses it followed, and the
 * newsletter's counts beside them. Reads ids, states, consents and the key only, no address or
 * name, so an edge node may (edge-grants.sql).
 */
@ApplicationScoped
public class CopyMarks {

    /**
     * Whether the copy may be measured: its unsubscribe link unused, its subscriptions still
     * confirmed, none of its requests restricted or erased, and the latest newsletter consent over
     * its requests a grant (a copy only to a subscriber has no requests; one whose requests are all
     * gone has neither and is not measured).
     */
    private static final String FIND = """
            SELECT c.newsletter_id, n.link_key,
              (l.used_at IS NULL AND c.measuring_ended_at IS NULL
               AND NOT EXISTS (SELECT 1 FROM newsletter_unsubscribe_link_subscriber ls
                               JOIN newsletter_subscriber s ON s.id = ls.subscriber_id
                               WHERE ls.token_digest = l.token_digest AND s.status <> 'CONFIRMED')
               AND NOT EXISTS (SELECT 1 FROM newsletter_unsubscribe_link_request lr
                               JOIN booking_request b ON b.id = lr.booking_request_id
                               WHERE lr.token_digest = l.token_digest
                                 AND (b.processing_restricted_at IS NOT NULL OR b.contact_erased_at IS NOT NULL))
               AND COALESCE((SELECT e.granted FROM consent_event e
                             JOIN newsletter_unsubscribe_link_request lr ON lr.booking_request_id = e.booking_request_id
                             WHERE lr.token_digest = l.token_digest AND e.purpose = 'NEWSLETTER'
                             ORDER BY e.id DESC LIMIT 1),
                            EXISTS (SELECT 1 FROM newsletter_unsubscribe_link_subscriber ls
                                    WHERE ls.token_digest = l.token_digest))) AS measurable
            FROM newsletter_copy c
            JOIN newsletter_unsubscribe_link l ON l.token_digest = c.unsubscribe_digest
            JOIN newsletter n ON n.id = c.newsletter_id
            WHERE c.token_digest = ?""";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /**
     * A copy as its open marker or redirect finds it.
     *
     * @param digest the copy token's digest, by which its rows are named
     * @param key the newsletter's key, which signed the copy's redirects; empty when it has none
     */
    public record Copy(String digest, long newsletterId, byte[] key, boolean measurable) {
    }

    /** The copy with this token; empty for anything that is not one: never an exception. */
    public Optional<Copy> find(String token) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        String digest = UnsubscribeLinks.digest(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FIND).setParameter(1, digest).getResultList();
        return rows.stream().findFirst().map(row -> new Copy(digest, ((Number) row[0]).longValue(), (byte[]) row[1],
                row[2] != null && ((Number) row[2]).intValue() == 1));
    }

    /** Marks the copy's first open and counts it; a later open changes nothing. */
    void opened(Copy copy, Instant now) {
        int first = em.createNativeQuery("UPDATE newsletter_copy SET opened_at = ? WHERE token_digest = ? AND opened_at IS NULL")
                .setParameter(1, UtcColumns.column(now)).setParameter(2, copy.digest())
                .executeUpdate();
        if (first == 1) {
            em.createNativeQuery("UPDATE newsletter SET opens = opens + 1 WHERE id = ?")
                    .setParameter(1, copy.newsletterId())
                    .executeUpdate();
        }
    }

    /** Counts a click on the address; the copy counts once per address however often it follows it. */
    void followed(Copy copy, String target) {
        String link = linkDigest(target);
        int first = em.createNativeQuery("INSERT IGNORE INTO newsletter_copy_click (copy_digest, link_digest) VALUES (?, ?)")
                .setParameter(1, copy.digest()).setParameter(2, link)
                .executeUpdate();
        em.createNativeQuery("UPDATE newsletter_link SET copies = copies + ?, clicks = clicks + 1"
                        + " WHERE newsletter_id = ? AND link_digest = ?")
                .setParameter(1, first).setParameter(2, copy.newsletterId()).setParameter(3, link)
                .executeUpdate();
    }

    /**
     * Forgets the marks of the copies sent under an unsubscribe link (by its token's digest), and
     * ends their measuring.
     * <p>
     * Why: the consent was the only ground for keeping which copy was opened and what it followed.
     * Once it is withdrawn those marks, which point at one recipient through the copy's link, have
     * no ground left and go at once; the newsletter's counts name nobody and stay. Ending the
     * measuring keeps a later grant from counting the same copy a second time.
     */
    public void forgetLink(String unsubscribeDigest, Instant now) {
        em.createNativeQuery("DELETE FROM newsletter_copy_click WHERE copy_digest IN"
                        + " (SELECT token_digest FROM newsletter_copy WHERE unsubscribe_digest = ?)")
                .setParameter(1, unsubscribeDigest)
                .executeUpdate();
        em.createNativeQuery("UPDATE newsletter_copy SET opened_at = NULL, measuring_ended_at = COALESCE(measuring_ended_at, ?)"
                        + " WHERE unsubscribe_digest = ?")
                .setParameter(1, UtcColumns.column(now)).setParameter(2, unsubscribeDigest)
                .executeUpdate();
    }

    /** As {@link #forgetLink}, for every copy whose unsubscribe link covers one of these booking requests. */
    public void forgetRequests(Collection<Long> bookingRequestIds, Instant now) {
        forgetLinksIn("newsletter_unsubscribe_link_request", "booking_request_id", bookingRequestIds, now);
    }

    /** As {@link #forgetLink}, for every copy whose unsubscribe link covers one of these subscriptions. */
    public void forgetSubscribers(Collection<Long> subscriberIds, Instant now) {
        forgetLinksIn("newsletter_unsubscribe_link_subscriber", "subscriber_id", subscriberIds, now);
    }

    private void forgetLinksIn(String table, String column, Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        // The ids are numbers (Long), so joining them into the statement cannot inject anything.
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object> links = em.createNativeQuery("SELECT DISTINCT token_digest FROM " + table + " WHERE " + column + " IN (" + in + ")")
                .getResultList();
        links.forEach(digest -> forgetLink((String) digest, now));
    }

    /** Names an address in the counting rows (an address may be longer than a key may be), digested as a token is. */
    static String linkDigest(String url) {
        return UnsubscribeLinks.digest(url);
    }
}
