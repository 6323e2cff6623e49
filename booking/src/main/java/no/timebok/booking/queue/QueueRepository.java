package no.timebok.booking.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.timebok.booking.request.BookingStatus;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;

/**
 * The queue's reads. Every query is scoped to the caller's clinics in its WHERE clause, so a request
 * of another clinic is simply not found, whatever id is asked for.
 */
@ApplicationScoped
public class QueueRepository {

    /**
     * How many of a clinic's newest requests a name search reads before it turns to the name
     * indexes. A common name (a few percent of requests) fills a page well within it; a rare one
     * has few entries in the name indexes, so the second query is cheap too.
     */
    static final int NEWEST_READ_FOR_A_NAME = 2_000;

    /** Pages deeper than this many rows per clinic go to the name indexes at once. */
    static final int NEWEST_PAGE_DEPTH = 100;

    private static final String SELECT_ROWS = "SELECT b.id, b.reference, c.id, c.name, v.name_nb, b.first_name, b.last_name,"
            + " b.phone_e164, b.status, b.submitted_at, b.assigned_to, b.booked_by_patient FROM (";

    private static final String JOIN_AND_ORDER = ") newest JOIN booking_request b ON b.id = newest.id JOIN clinic c ON c.id = b.clinic_id"
            + " LEFT JOIN visit_type v ON v.id = b.visit_type_id ORDER BY newest.submitted_at DESC, newest.id DESC";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    /**
     * One page, newest first, in one statement (a name search not found among the newest requests:
     * two). Each of my clinics gets its own branch that reads its newest rows in index order and
     * stops after the rows this page can need, and only the page's rows are joined to their clinic
     * and visit type. A single {@code clinic_id IN (...)} would instead sort every matching row of
     * all those clinics for each page: over a second on a million rows.
     */
    public QueuePage page(Set<Long> clinicIds, QueueFilter filter) {
        if (clinicIds.isEmpty()) {
            return new QueuePage(List.of(), filter.page(), filter.pageSize(), false);
        }
        Optional<QueueFilter.Search> search = filter.parsedSearch();
        long offset = (long) filter.page() * filter.pageSize();
        long perClinic = offset + filter.pageSize() + 1;
        if (search.orElse(null) instanceof QueueFilter.ByName name && perClinic <= NEWEST_PAGE_DEPTH) {
            Optional<List<QueueRow>> found = amongTheNewest(clinicIds, filter.status(), name, perClinic);
            if (found.isPresent()) {
                List<QueueRow> all = found.get();
                return pageOf(all.subList((int) Math.min(offset, all.size()), (int) Math.min(perClinic, all.size())), filter);
            }
        }
        return pageOf(throughIndexes(clinicIds, filter, search, perClinic, offset), filter);
    }

    /**
     * Each clinic's branch through the index its search names (by default the newest first). A
     * search with several ways to match (a name) has a branch per clinic and way.
     */
    private List<QueueRow> throughIndexes(Set<Long> clinicIds, QueueFilter filter, Optional<QueueFilter.Search> search,
                                          long perClinic, long offset) {
        List<QueueFilter.Alternative> alternatives = search.map(QueueFilter.Search::alternatives)
                .orElse(QueueFilter.Alternative.only(""));
        List<Object> searchValues = search.map(s -> s.values(config.zone())).orElse(List.of());
        StringBuilder branches = new StringBuilder();
        // A request matching two alternatives (first and last name) is in two branches: UNION keeps it once.
        String union = alternatives.size() > 1 ? " UNION " : " UNION ALL ";
        List<Object> values = new ArrayList<>();
        for (Long clinicId : new TreeSet<>(clinicIds)) {
            for (QueueFilter.Alternative alternative : alternatives) {
                branches.append(values.isEmpty() ? "" : union).append("(SELECT id, submitted_at FROM booking_request")
                        .append(alternative.indexHint());
                whereClinicAndStatus(branches, values, clinicId, filter.status());
                branches.append(alternative.condition()).append(" ORDER BY submitted_at DESC, id DESC LIMIT ?)");
                values.addAll(searchValues);
                values.add(perClinic);
            }
        }
        values.add(filter.pageSize() + 1);
        values.add(offset);
        return rows(branches + JOIN_AND_ORDER + " LIMIT ? OFFSET ?", values);
    }

    /**
     * A name's matches among each clinic's newest requests, read in index order and tested by name,
     * if every clinic has all the rows the page can need among them: then no older match can be on
     * the page. The name indexes alone would sort every request of the name (tens of thousands of a
     * common one in a large clinic) to show the newest few; this reads a bounded number instead.
     */
    private Optional<List<QueueRow>> amongTheNewest(Set<Long> clinicIds, Optional<BookingStatus> status, QueueFilter.ByName name,
                                                    long perClinic) {
        String index = status.isPresent() ? "ix_booking_request_queue" : "ix_booking_request_clinic_submitted";
        String pattern = name.pattern();
        StringBuilder branches = new StringBuilder();
        List<Object> values = new ArrayList<>();
        for (Long clinicId : new TreeSet<>(clinicIds)) {
            branches.append(values.isEmpty() ? "" : " UNION ALL ")
                    .append("(SELECT id, submitted_at FROM (SELECT id, submitted_at, first_name, last_name FROM booking_request FORCE INDEX (")
                    .append(index).append(")");
            whereClinicAndStatus(branches, values, clinicId, status);
            branches.append(" ORDER BY submitted_at DESC, id DESC LIMIT ?) recent WHERE last_name LIKE ? OR first_name LIKE ?"
                    + " ORDER BY submitted_at DESC, id DESC LIMIT ?)");
            values.addAll(List.of(NEWEST_READ_FOR_A_NAME, pattern, pattern, perClinic));
        }
        List<QueueRow> found = rows(branches + JOIN_AND_ORDER, values);
        Map<Long, Long> foundPerClinic = found.stream().collect(Collectors.groupingBy(QueueRow::clinicId, Collectors.counting()));
        boolean complete = clinicIds.stream().allMatch(c -> foundPerClinic.getOrDefault(c, 0L) == perClinic);
        return complete ? Optional.of(found) : Optional.empty();
    }

    private static void whereClinicAndStatus(StringBuilder sql, List<Object> values, long clinicId, Optional<BookingStatus> status) {
        sql.append(" WHERE clinic_id = ?");
        values.add(clinicId);
        status.ifPresent(s -> {
            sql.append(" AND status = ?");
            values.add(s.name());
        });
    }

    private List<QueueRow> rows(String branchesJoinedAndOrdered, List<Object> values) {
        Query query = em.createNativeQuery(SELECT_ROWS + branchesJoinedAndOrdered);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        return found.stream().map(QueueRepository::row).toList();
    }

    private static QueuePage pageOf(List<QueueRow> rows, QueueFilter filter) {
        boolean hasNext = rows.size() > filter.pageSize();
        return new QueuePage(hasNext ? rows.subList(0, filter.pageSize()) : rows, filter.page(), filter.pageSize(), hasNext);
    }

    private static QueueRow row(Object[] r) {
        return new QueueRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], BookingStatus.valueOf((String) r[8]), UtcColumns.instant(r[9]),
                r[10] == null ? null : ((Number) r[10]).longValue(), bool(r[11]));
    }

    /** MariaDB's BOOLEAN is TINYINT(1); the driver may hand it over as a Boolean or as a number. */
    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** Whether the id exists at all: only for the security log, never for the answer. */
    public boolean existsAnywhere(long id) {
        return !em.createQuery("SELECT b.id FROM BookingRequest b WHERE b.id = :id", Long.class)
                .setParameter("id", id).getResultList().isEmpty();
    }
}
