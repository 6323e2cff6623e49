package no.timebok.common.crypto;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.timebok.common.persistence.UtcColumns;

/**
 * One step of the re-seal after a key rotation, in the caller's transaction: the next chunk of one
 * column, with the column's progress row locked, so that two nodes never walk the same chunk and a
 * crash resumes where the last committed step ended. Each value is written back only if it is still
 * the one that was read: a purge or an erasure in between wins, and nothing it removed comes back.
 */
public final class Resealing {

    private Resealing() {
    }

    /** What one step did; {@code done} once the column holds no value under an older key. */
    public record Step(String column, int read, int resealed, int unreadable, boolean done, long lastId) {
    }

    /**
     * @param progressTable the module's progress table (column_key, primary_key_id, last_id, resealed,
     *        unreadable, done, updated_at)
     * @return the step (done at once when the column was done already for this primary key), or
     *         empty when another node holds the column
     */
    public static Optional<Step> step(EntityManager em, FieldCipher cipher, String progressTable,
                                                SealedColumn column, int chunkSize, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO " + progressTable + " (column_key, primary_key_id, last_id, resealed,"
                + " unreadable, done, updated_at) VALUES (?1, 0, 0, 0, 0, TRUE, ?2)")
                .setParameter(1, column.key()).setParameter(2, UtcColumns.column(now)).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> locked = em.createNativeQuery("SELECT primary_key_id, last_id, done FROM " + progressTable
                + " WHERE column_key = ?1 FOR UPDATE SKIP LOCKED").setParameter(1, column.key()).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        long primary = Integer.toUnsignedLong(cipher.primaryKeyId());
        Object[] progress = locked.get(0);
        long after = ((Number) progress[1]).longValue();
        if (((Number) progress[0]).longValue() != primary) {
            // With one key in the keyset every readable value is under it already: nothing to walk.
            boolean nothingToDo = !cipher.hasOlderKeys();
            after = 0;
            em.createNativeQuery("UPDATE " + progressTable + " SET primary_key_id = ?1, last_id = 0, resealed = 0,"
                    + " unreadable = 0, done = ?4, updated_at = ?2 WHERE column_key = ?3")
                    .setParameter(1, primary).setParameter(2, UtcColumns.column(now)).setParameter(3, column.key())
                    .setParameter(4, nothingToDo).executeUpdate();
            if (nothingToDo) {
                return Optional.of(new Step(column.key(), 0, 0, 0, true, 0));
            }
        } else if (isTrue(progress[2])) {
            return Optional.of(new Step(column.key(), 0, 0, 0, true, after));
        }
        Step step = chunk(em, cipher, column, after, chunkSize);
        em.createNativeQuery("UPDATE " + progressTable + " SET last_id = ?1, resealed = resealed + ?2,"
                + " unreadable = unreadable + ?3, done = ?4, updated_at = ?5 WHERE column_key = ?6")
                .setParameter(1, step.lastId()).setParameter(2, step.resealed()).setParameter(3, step.unreadable())
                .setParameter(4, step.done()).setParameter(5, UtcColumns.column(now)).setParameter(6, column.key()).executeUpdate();
        return Optional.of(step);
    }

    private static Step chunk(EntityManager em, FieldCipher cipher, SealedColumn column, long after, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, " + column.column() + ", " + column.contextSql()
                        + " FROM " + column.table() + " WHERE id > ?1 AND " + column.column() + " IS NOT NULL AND "
                        + column.onlyWhere() + " ORDER BY id LIMIT ?2")
                .setParameter(1, after).setParameter(2, size).getResultList();
        int resealed = 0;
        int unreadable = 0;
        long last = after;
        for (Object[] row : rows) {
            last = ((Number) row[0]).longValue();
            byte[] sealed = (byte[]) row[1];
            if (cipher.isUnderPrimary(sealed)) {
                continue;
            }
            try {
                byte[] again = cipher.resealed(sealed, (String) row[2]);
                resealed += em.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = ?1 WHERE id = ?2 AND "
                        + column.column() + " = ?3").setParameter(1, again).setParameter(2, last).setParameter(3, sealed).executeUpdate();
            } catch (FieldDecryptionException unopened) {
                unreadable++;
            }
        }
        return new Step(column.key(), rows.size(), resealed, unreadable, rows.size() < size, last);
    }

    private static boolean isTrue(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
