package no.timebok.common.retention;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.retention.RetentionPurge.Position;

/**
 * A chunk of a table's due rows, read in (stamp, id) order through an index that starts with what
 * the rows are taken by, from just after where the run's previous chunk ended there, and locked
 * for the chunk's transaction. Each row is {@code id, stamp} followed by the extra columns asked
 * for. Column and table names are the caller's constants, never input.
 */
public final class ChunkRows {

    private final String table;
    private final String stampColumn;
    private final String due;

    /**
     * @param table the table's name, as receipts count its rows
     * @param stampColumn the column the rows are ordered by; the rows' index must have it right
     *        after any columns the condition fixes to one value
     * @param due the {@code FROM … WHERE …} of the due rows with the cutoff as {@code ?1}; it ends
     *        in a condition, so more can be joined with AND
     */
    public ChunkRows(String table, String stampColumn, String due) {
        this.table = table;
        this.stampColumn = stampColumn;
        this.due = due;
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> lock(EntityManager em, String extraColumns, Instant cutoff, int limit, Map<String, Position> after) {
        Optional<Position> from = Optional.ofNullable(after.get(table));
        // The stamp alone would suffice but for rows stamped in the same microsecond; the id breaks such ties.
        String resume = from.isPresent()
                ? " AND " + stampColumn + " >= ?3 AND (" + stampColumn + " > ?3 OR id > ?4)"
                : "";
        Query query = em.createNativeQuery("SELECT id, " + stampColumn + extraColumns + due + resume
                        + " ORDER BY " + stampColumn + ", id LIMIT ?2 FOR UPDATE")
                .setParameter(1, UtcColumns.column(cutoff))
                .setParameter(2, limit);
        from.ifPresent(position -> query.setParameter(3, UtcColumns.column(position.stamp())).setParameter(4, position.id()));
        return query.getResultList();
    }

    /** Where the chunk ended in the table: its last row, as the rows are in order. */
    public Map<String, Position> last(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Object[] row = rows.get(rows.size() - 1);
        return Map.of(table, new Position(UtcColumns.instant(row[1]), ((Number) row[0]).longValue()));
    }

    /** The rows' ids for an {@code IN} list; they come from the database as numbers, so joining them cannot inject anything. */
    public static String ids(List<Object[]> rows) {
        return rows.stream().map(row -> Long.toString(((Number) row[0]).longValue())).collect(Collectors.joining(","));
    }
}
