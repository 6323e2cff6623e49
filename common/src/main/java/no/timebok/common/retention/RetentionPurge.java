package no.timebok.common.retention;

import java.time.Instant;
import java.util.Map;

/**
 * What one policy erases, in one module's tables. Implemented by an EJB per policy, so that
 * {@link #purgeChunk} runs in a transaction of its own ({@code REQUIRES_NEW}) while
 * {@link RetentionRunner} loops outside any transaction.
 * <p>
 * Every method works by cutoff: it touches what is stamped before the cutoff and not yet erased,
 * and skips references under legal hold, so running it again, or late, is always safe.
 */
public interface RetentionPurge {

    RetentionPolicy policy();

    /** The cutoff at {@code now}, from the configured period. */
    Instant cutoff(Instant now);

    /** What a run now would touch, counted per table; changes nothing. */
    Map<String, Long> count(Instant cutoff);

    /**
     * Work that must be done before anything is erased, outside the chunks (the journal transfer);
     * by default none.
     *
     * @return rows handled per kind
     */
    default Map<String, Long> prepare(Instant cutoff, Instant now) {
        return Map.of();
    }

    /**
     * Erases at most {@code limit} due rows of the policy's main table, with whatever goes with them,
     * in one transaction.
     *
     * @param after where the run's earlier chunks ended, per table whose purge reports it: the chunk
     *        starts after it there
     * @return rows affected per table, and where this chunk ended in each table where due rows may
     *         be left after it; the run ends with a chunk that affected nothing and ended nowhere
     */
    Chunk purgeChunk(Instant cutoff, Instant now, int limit, Map<String, Position> after);

    /**
     * The sort key (stamp, id) of the last row a chunk took from a table. Without
     * it each chunk would seek from the start of its index again, past the entries of the rows
     * earlier chunks erased, which InnoDB keeps (delete-marked) until its purge threads catch up:
     * measured at a million rows, that seek grew from 48 to 585 ms a chunk.
     */
    record Position(Instant stamp, long id) {
    }

    /**
     * What one chunk did, per table, and where it ended in each table it took rows from in order. A
     * chunk of held rows affects nothing and still ends somewhere, so the run goes on past it.
     */
    record Chunk(Map<String, Long> rows, Map<String, Position> last) {
    }
}
