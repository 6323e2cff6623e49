package no.timebok.booking.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.retention.ChunkRows;
import no.timebok.common.retention.LegalHoldRepository;
import no.timebok.common.retention.MessageAddresses;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionPurge;

/**
 * Policy 2: erases name, phone, email and national ID of requests submitted before the cutoff; what
 * remains (clinic, kind of visit, dates, status) is anonymous. In the same transaction messaging
 * forgets the addresses it copied for those references, and the audit of corrections to that contact
 * data (rectification) goes too, so no copy outlives the original. Newsletter-page sign-ups whose
 * confirmation link expired unused go in the same run (their own table, their own deadline), and
 * so do waiting-list entries older than the cutoff;
 * confirmed subscriptions are not booking requests and are never touched here.
 */
@Stateless
@LocalBean
public class ContactDataPurge implements RetentionPurge {

    static final String TABLE = "booking_request.contact";

    static final String CORRECTIONS = "contact_correction";

    static final String UNCONFIRMED_SIGN_UPS = "newsletter_subscriber.unconfirmed";

    /** Waiting-list entries hold contact data from the day the patient joined; offers go with them. */
    static final String WAITING_LIST = "waiting_list_entry";

    private static final String WAITING_DUE = " FROM waiting_list_entry WHERE joined_at < ?1";

    private static final String EXPIRED_SIGN_UPS = " FROM newsletter_subscriber WHERE status = 'PENDING' AND expires_at <= ?1";

    /** Rows leave this index's NULL range once erased; a chunk starts after the last one's row (see {@link Position}). */
    private static final ChunkRows DUE_ROWS = new ChunkRows(TABLE, "booking_request", "ix_booking_request_contact_pending",
            "submitted_at", "contact_erased_at IS NULL AND submitted_at < ?1", LegalHoldRepository.notHeld("booking_request.reference"));

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @EJB(lookup = MessageAddresses.JNDI_NAME)
    MessageAddresses messageAddresses;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Override
    public RetentionPolicy policy() {
        return RetentionPolicy.CONTACT_DATA;
    }

    @Override
    public Instant cutoff(Instant now) {
        return policy().cutoff(now, config.zone(), config.contactDataRetention());
    }

    @Override
    public Map<String, Long> count(Instant cutoff) {
        Number due = (Number) em.createNativeQuery("SELECT COUNT(*)" + DUE_ROWS.due())
                .setParameter(1, UtcColumns.column(cutoff))
                .getSingleResult();
        Number expired = (Number) em.createNativeQuery("SELECT COUNT(*)" + EXPIRED_SIGN_UPS)
                .setParameter(1, UtcColumns.column(clock.instant()))
                .getSingleResult();
        Number waiting = (Number) em.createNativeQuery("SELECT COUNT(*)" + WAITING_DUE)
                .setParameter(1, UtcColumns.column(cutoff))
                .getSingleResult();
        return Map.of(TABLE, due.longValue(), UNCONFIRMED_SIGN_UPS, expired.longValue(), WAITING_LIST, waiting.longValue());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk purgeChunk(Instant cutoff, Instant now, int limit, Map<String, Position> after) {
        List<Object[]> due = DUE_ROWS.lock(em, ", reference", cutoff, limit, after);
        Map<String, Long> rows = new LinkedHashMap<>();
        // Their deadline is their own (expires_at), so now, not the cutoff, decides.
        int expiredSignUps = em.createNativeQuery("DELETE" + EXPIRED_SIGN_UPS + " LIMIT ?2")
                .setParameter(1, UtcColumns.column(now))
                .setParameter(2, limit)
                .executeUpdate();
        rows.put(UNCONFIRMED_SIGN_UPS, (long) expiredSignUps);
        List<String> waitingReferences = purgeWaitingList(cutoff, limit, rows);
        if (due.isEmpty()) {
            rows.put(TABLE, 0L);
            rows.putAll(messageAddresses.forget(waitingReferences));
            return new Chunk(rows, Map.of());
        }
        String ids = ChunkRows.ids(due);
        // Corrections audit the contact data (rectification), so they end with it.
        int corrections = em.createNativeQuery("DELETE FROM contact_correction WHERE booking_request_id IN (" + ids + ")")
                .executeUpdate();
        int erased = em.createNativeQuery("UPDATE booking_request SET first_name = NULL, last_name = NULL, phone_e164 = NULL,"
                        + " email = NULL, national_id_sealed = NULL, contact_erased_at = ?1 WHERE id IN (" + ids + ")")
                .setParameter(1, UtcColumns.column(now))
                .executeUpdate();
        rows.put(TABLE, (long) erased);
        rows.put(CORRECTIONS, (long) corrections);
        List<String> references = new java.util.ArrayList<>(due.stream().map(row -> (String) row[2]).toList());
        references.addAll(waitingReferences);
        rows.putAll(messageAddresses.forget(references));
        return new Chunk(rows, DUE_ROWS.last(due));
    }

    /** Deletes a chunk of entries joined before the cutoff (their offers cascade); answers their references. */
    private List<String> purgeWaitingList(Instant cutoff, int limit, Map<String, Long> rows) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("SELECT id, reference" + WAITING_DUE + " LIMIT ?2 FOR UPDATE")
                .setParameter(1, UtcColumns.column(cutoff))
                .setParameter(2, limit)
                .getResultList();
        if (!due.isEmpty()) {
            em.createNativeQuery("DELETE FROM waiting_list_entry WHERE id IN (" + ChunkRows.ids(due) + ")").executeUpdate();
        }
        rows.put(WAITING_LIST, (long) due.size());
        return due.stream().map(row -> (String) row[1]).toList();
    }
}
