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
 * A chunk of a table's due rows, in (stamp, id) order through a pinned index that starts with what
 * the rows are taken by, from just after where the run's previous chunk ended there. A purge either
 * {@link #lock locks} the chunk's rows to read them (when it needs their columns), or changes them
 * in {@link #update one} {@link #delete statement} that stays in MariaDB: the chunk's end is read
 * from the index alone first, so no id travels to Payara and back. Parameters: {@code ?1} the
 * cutoff, {@code ?2} the value an update sets, {@code ?3}/{@code ?4} and {@code ?5}/{@code ?6} the
 * chunk's start and end. Names and conditions are the caller's constants, never input.
 */
public final class ChunkRows {

    private final String name;
    private final String table;
    private final String index;
    private final String stampColumn;
    private final String range;
    private final String rest;

    /** What a one-statement chunk changed, and where it ended when rows may be left after it. */
    public record Written(long rows, Map<String, Position> last) {
    }

    /**
     * @param name the rows' name, as receipts count them
     * @param table the table
     * @param index the index the rows are read through: it holds the range's columns, the stamp
     *        right after any the range fixes to one value
     * @param stampColumn the column the rows are ordered by
     * @param range the conditions the index answers alone, the cutoff as {@code ?1}
     * @param rest the conditions that need the row (legal holds, the journal)
     */
    public ChunkRows(String name, String table, String index, String stampColumn, String range, String rest) {
        this.name = name;
        this.table = table;
        this.index = index;
        this.stampColumn = stampColumn;
        this.range = range;
        this.rest = rest;
    }

    /** {@code FROM … WHERE …} of every due row, the cutoff as {@code ?1}; it ends in a condition, so more can be joined with AND. */
    public String due() {
        return " FROM " + table + " FORCE INDEX (" + index + ") WHERE " + range + " AND " + rest;
    }

    /** Reads and locks the chunk's due rows: {@code id, stamp} and the extra columns asked for. */
    @SuppressWarnings("unchecked")
    public List<Object[]> lock(EntityManager em, String extraColumns, Instant cutoff, int limit, Map<String, Position> after) {
        Optional<Position> from = Optional.ofNullable(after.get(name));
        Query query = em.createNativeQuery("SELECT id, " + stampColumn + extraColumns + due() + from.map(f -> startsAfter()).orElse("")
                        + " ORDER BY " + stampColumn + ", id LIMIT ?2 FOR UPDATE")
                .setParameter(1, UtcColumns.column(cutoff))
                .setParameter(2, limit);
        bind(query, from, Optional.empty());
        return query.getResultList();
    }

    /** Where a locked chunk ended in the table: its last row, as the rows are in order. */
    public Map<String, Position> last(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Object[] row = rows.get(rows.size() - 1);
        return Map.of(name, new Position(UtcColumns.instant(row[1]), ((Number) row[0]).longValue()));
    }

    /** The rows' ids for an {@code IN} list; they come from the database as numbers, so joining them cannot inject anything. */
    public static String ids(List<Object[]> rows) {
        return rows.stream().map(row -> Long.toString(((Number) row[0]).longValue())).collect(Collectors.joining(","));
    }

    /** Sets the chunk's due rows' columns as {@code set} says; it may use {@code ?2}, bound to {@code value}. */
    public Written update(EntityManager em, String set, Object value, Instant cutoff, int limit, Map<String, Position> after) {
        return write(em, "UPDATE " + table + " FORCE INDEX (" + index + ") SET " + set, value, cutoff, limit, after);
    }

    /** Deletes the chunk's due rows. The multi-table form, because only it takes an index hint. */
    public Written delete(EntityManager em, Instant cutoff, int limit, Map<String, Position> after) {
        return write(em, "DELETE " + table + " FROM " + table + " FORCE INDEX (" + index + ")", null, cutoff, limit, after);
    }

    private Written write(EntityManager em, String head, Object value, Instant cutoff, int limit, Map<String, Position> after) {
        Optional<Position> from = Optional.ofNullable(after.get(name));
        Optional<Position> to = end(em, cutoff, limit, from);
        Query query = em.createNativeQuery(head + " WHERE " + range + " AND " + rest
                        + from.map(f -> startsAfter()).orElse("") + to.map(t -> endsAt()).orElse(""))
                .setParameter(1, UtcColumns.column(cutoff));
        if (value != null) {
            query.setParameter(2, value);
        }
        bind(query, from, to);
        // Held rows in the chunk stay and count for nothing, so the end, not the count, says whether more may follow.
        return new Written(query.executeUpdate(), to.map(position -> Map.of(name, position)).orElse(Map.of()));
    }

    /**
     * The sort key of the {@code limit}-th row of the range after {@code from}, from the index
     * alone (held rows included, so a chunk takes at most {@code limit}); empty when fewer are left,
     * and the chunk runs to the cutoff.
     */
    private Optional<Position> end(EntityManager em, Instant cutoff, int limit, Optional<Position> from) {
        Query query = em.createNativeQuery("SELECT " + stampColumn + ", id FROM " + table + " FORCE INDEX (" + index + ") WHERE "
                        + range + from.map(f -> startsAfter()).orElse("") + " ORDER BY " + stampColumn + ", id LIMIT 1 OFFSET ?2")
                .setParameter(1, UtcColumns.column(cutoff))
                .setParameter(2, limit - 1);
        bind(query, from, Optional.empty());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(row -> new Position(UtcColumns.instant(row[0]), ((Number) row[1]).longValue()));
    }

    // The stamp alone would suffice but for rows stamped in the same microsecond; the id breaks such ties.
    private String startsAfter() {
        return " AND " + stampColumn + " >= ?3 AND (" + stampColumn + " > ?3 OR id > ?4)";
    }

    private String endsAt() {
        return " AND " + stampColumn + " <= ?5 AND (" + stampColumn + " < ?5 OR id <= ?6)";
    }

    private static void bind(Query query, Optional<Position> from, Optional<Position> to) {
        from.ifPresent(position -> query.setParameter(3, UtcColumns.column(position.stamp())).setParameter(4, position.id()));
        to.ifPresent(position -> query.setParameter(5, UtcColumns.column(position.stamp())).setParameter(6, position.id()));
    }
}
