package no.timebok.booking.retention;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Map;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.retention.ChunkRows;
import no.timebok.common.retention.LegalHoldRepository;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionPurge;

/**
 * Policy 1: erases the sealed free text of requests submitted before the cutoff, and deletes the
 * staff's notes on them, which may hold health information as the free text does (also notes
 * written after the text went). The request, its status, its history and its appointment stay.
 * Native SQL, because a chunk needs {@code LIMIT}, which JPQL bulk updates lack;
 * {@code BookingRequest} is not in the shared cache, so no stale copy remains.
 */
@Stateless
@LocalBean
public class FreeTextPurge implements RetentionPurge {

    static final String TABLE = "booking_request.free_text";
    static final String NOTES = "booking_request_note";

    /**
     * Read through the index that starts with the erasure stamp: erased rows leave its NULL range,
     * and each chunk starts after the last one's end (see {@link Position}), so it reads only rows
     * still to do. Left to itself, MariaDB may walk the primary key past every row earlier chunks
     * erased, which makes a purge quadratic.
     */
    private static final ChunkRows DUE_ROWS = new ChunkRows(TABLE, "booking_request", "ix_booking_request_free_text_pending",
            "submitted_at", "free_text_erased_at IS NULL AND submitted_at < ?1", LegalHoldRepository.notHeld("booking_request.reference"));

    /** The notes of requests whose free text is due, by the same rule; the note index finds each request's. */
    private static final String NOTES_DUE = " FROM booking_request_note WHERE booking_request_id IN (SELECT id FROM booking_request"
            + " WHERE submitted_at < ?1 AND " + LegalHoldRepository.notHeld("booking_request.reference") + ")";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    @Override
    public RetentionPolicy policy() {
        return RetentionPolicy.FREE_TEXT;
    }

    @Override
    public Instant cutoff(Instant now) {
        return policy().cutoff(now, config.zone(), config.freeTextRetention());
    }

    @Override
    public Map<String, Long> count(Instant cutoff) {
        Number due = (Number) em.createNativeQuery("SELECT COUNT(*)" + DUE_ROWS.due())
                .setParameter(1, UtcColumns.column(cutoff))
                .getSingleResult();
        Number notes = (Number) em.createNativeQuery("SELECT COUNT(*)" + NOTES_DUE)
                .setParameter(1, UtcColumns.column(cutoff))
                .getSingleResult();
        return Map.of(TABLE, due.longValue(), NOTES, notes.longValue());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Chunk purgeChunk(Instant cutoff, Instant now, int limit, Map<String, Position> after) {
        ChunkRows.Written erased = DUE_ROWS.update(em, "free_text_sealed = NULL, free_text_erased_at = ?2", UtcColumns.column(now),
                cutoff, limit, after);
        int deletedNotes = em.createNativeQuery("DELETE" + NOTES_DUE + " LIMIT ?2")
                .setParameter(1, UtcColumns.column(cutoff))
                .setParameter(2, limit)
                .executeUpdate();
        return new Chunk(Map.of(TABLE, erased.rows(), NOTES, (long) deletedNotes), erased.last());
    }
}
