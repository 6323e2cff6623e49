package no.timebok.common.persistence;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Work that rows owe, marked by a flag and done by whichever node claims it: the claim locks the
 * rows it returns and skips those another node's transaction holds, so each row's work is done once.
 */
public final class FlaggedRows {

    private FlaggedRows() {
    }

    /**
     * Locks up to {@code limit} rows of {@code table} whose {@code flag} is set, oldest id first, in
     * the caller's transaction. Table and flag are the caller's constants, never input.
     */
    public static List<Long> claim(EntityManager em, String table, String flag, int limit) {
        return claimWhere(em, table, flag + " = TRUE", limit);
    }

    /** As {@link #claim}, for rows whose {@code mark} column says what they owe, and is null once done. */
    public static List<Long> claimMarked(EntityManager em, String table, String mark, int limit) {
        return claimWhere(em, table, mark + " IS NOT NULL", limit);
    }

    private static List<Long> claimWhere(EntityManager em, String table, String condition, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM " + table + " WHERE " + condition
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
