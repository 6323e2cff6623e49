package no.timebok.messaging.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.timebok.common.persistence.UtcColumns;

/**
 * {@code message_journal}: staff's decision per message and the transfer's outcome. Each write
 * commits on its own, so the record of a transfer that succeeded survives whatever happens next.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MessageJournalRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    /** Records or changes the decision; a failure flag is cleared, so the next run tries again. */
    public void decide(String source, long messageId, String decision, Instant now) {
        em.createNativeQuery("INSERT INTO message_journal (source, message_id, decision, decided_at) VALUES (?1, ?2, ?3, ?4)"
                        + " ON DUPLICATE KEY UPDATE decision = VALUES(decision), decided_at = VALUES(decided_at),"
                        + " failed_at = NULL, failure_kind = NULL")
                .setParameter(1, source)
                .setParameter(2, messageId)
                .setParameter(3, decision)
                .setParameter(4, UtcColumns.column(now))
                .executeUpdate();
    }

    public Optional<String> transferId(String source, long messageId) {
        return em.createNativeQuery("SELECT transfer_id FROM message_journal WHERE source = ?1 AND message_id = ?2")
                .setParameter(1, source)
                .setParameter(2, messageId)
                .getResultStream()
                .filter(java.util.Objects::nonNull)
                .map(String.class::cast)
                .findFirst();
    }

    public void recordTransfer(String source, long messageId, String transferId, Instant now) {
        em.createNativeQuery("UPDATE message_journal SET transfer_id = ?3, transferred_at = ?4, failed_at = NULL, failure_kind = NULL"
                        + " WHERE source = ?1 AND message_id = ?2")
                .setParameter(1, source)
                .setParameter(2, messageId)
                .setParameter(3, transferId)
                .setParameter(4, UtcColumns.column(now))
                .executeUpdate();
    }

    public void recordFailure(String source, long messageId, String kind, Instant now) {
        em.createNativeQuery("UPDATE message_journal SET failed_at = ?3, failure_kind = ?4 WHERE source = ?1 AND message_id = ?2")
                .setParameter(1, source)
                .setParameter(2, messageId)
                .setParameter(3, UtcColumns.column(now))
                .setParameter(4, kind.length() > 200 ? kind.substring(0, 200) : kind)
                .executeUpdate();
    }

    /** Ids of the table's messages created before the cutoff that are marked for the journal and not yet in it. */
    @SuppressWarnings("unchecked")
    public List<Long> awaitingTransfer(MessageTable table, Instant cutoff) {
        List<Number> ids = em.createNativeQuery("SELECT m.id FROM " + table.name() + " m JOIN message_journal j"
                        + " ON j.source = '" + table.name() + "' AND j.message_id = m.id"
                        + " WHERE j.decision = 'TRANSFER' AND j.transfer_id IS NULL AND m." + table.createdColumn() + " < ?1"
                        + " ORDER BY m.id")
                .setParameter(1, UtcColumns.column(cutoff))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
