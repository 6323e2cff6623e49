package no.timebok.booking.rights.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Withdrawals through the newsletter's unsubscribe link. Requests whose newsletter consent is
 * already withdrawn (or was never given) get no new row, so pressing the button twice, or a mail
 * client's one-click POST after the page's, documents one withdrawal.
 */
@ApplicationScoped
public class NewsletterUnsubscriptions {

    /** Reads only the link's rows and consent events' ids, purposes and grants: an edge node may. */
    private static final String STILL_GRANTED = """
            SELECT r.booking_request_id FROM newsletter_unsubscribe_link_request r
            JOIN consent_event c ON c.booking_request_id = r.booking_request_id
            WHERE r.token_digest = ? AND c.purpose = 'NEWSLETTER' AND c.granted
              AND c.id = (SELECT MAX(l.id) FROM consent_event l WHERE l.booking_request_id = r.booking_request_id
                          AND l.purpose = 'NEWSLETTER')
            ORDER BY r.booking_request_id FOR UPDATE""";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    ConsentEventRepository events;

    /** @return the booking requests of the unsubscribe link (by its token's digest) whose consent was withdrawn now */
    public List<Long> withdraw(String linkDigest, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(STILL_GRANTED).setParameter(1, linkDigest).getResultList();
        List<Long> ids = rows.stream().map(id -> ((Number) id).longValue()).toList();
        for (long id : ids) {
            events.add(ConsentEvent.newsletterWithdrawnByLink(events.request(id), now));
        }
        return ids;
    }
}
