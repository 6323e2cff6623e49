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
     * @return rows affected per table; all zero when nothing due is left
     */
    Map<String, Long> purgeChunk(Instant cutoff, Instant now, int limit);
}
