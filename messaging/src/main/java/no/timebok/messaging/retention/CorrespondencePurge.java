package no.timebok.messaging.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.retention.ChunkRows;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionPurge;

/**
 * Policy 3: deletes every message created before the start of the current month (Oslo time), with
 * everything the row holds: body fields, address and delivery metadata. Skips references under
 * legal hold and messages marked for the journal whose transfer has not succeeded.
 */
@Stateless
@LocalBean
public class CorrespondencePurge implements RetentionPurge {

    /** In a dry run's counts: messages a run would hand to the journal before deleting them. */
    static final String TO_TRANSFER = "journal.to-transfer";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @EJB
    MessageJournalRepository journal;

    @EJB
    JournalTransfers transfers;

    @Inject
    TimebokConfig config;

    @Override
    public RetentionPolicy policy() {
        return RetentionPolicy.CORRESPONDENCE;
    }

    @Override
    public Instant cutoff(Instant now) {
        return policy().cutoff(now, config.zone(), config.correspondenceRetention());
    }

    @Override
    public Map<String, Long> count(Instant cutoff) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MessageTable table : MessageTable.ALL) {
            Number due = (Number) em.createNativeQuery("SELECT COUNT(*)" + table.due())
                    .setParameter(1, UtcColumns.column(cutoff))
                    .getSingleResult();
            counts.put(table.name(), due.longValue());
        }
        // Marked for the journal and not in it yet: a run hands these over first, then deletes them.
        long toTransfer = 0;
        for (MessageTable table : MessageTable.ALL) {
            toTransfer += journal.awaitingTransfer(table, cutoff).size();
        }
        counts.put(TO_TRANSFER, toTransfer);
        return counts;
    }

    @Override
    public Map<String, Long> prepare(Instant cutoff, Instant now) {
        return transfers.transferDue(cutoff, now);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk purgeChunk(Instant cutoff, Instant now, int limit, Map<String, Position> after) {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Position> last = new LinkedHashMap<>();
        for (MessageTable table : MessageTable.ALL) {
            ChunkRows.Written deleted = table.chunkRows().delete(em, cutoff, limit, after);
            rows.put(table.name(), deleted.rows());
            last.putAll(deleted.last());
        }
        return new Chunk(rows, last);
    }
}
