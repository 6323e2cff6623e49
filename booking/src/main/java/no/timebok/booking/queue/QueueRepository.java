package no.timebok.booking.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingStatus;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;

/**
 * The queue's reads. Every query is scoped to the caller's clinics in its WHERE clause, so a request
 * of another clinic is simply not found, whatever id is asked for.
 */
@ApplicationScoped
public class QueueRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    /**
     * One page, newest first, in one statement. Each of my clinics gets its own branch that reads
     * its newest rows in index order and stops after the rows this page can need, and only the
     * page's rows are joined to their clinic and visit type. A single {@code clinic_id IN (...)}
     * would instead sort every matching row of all those clinics for each page: over a second on a
     * million rows. A search with several ways to match (a name) has a branch per clinic and way.
     */
    public QueuePage page(Set<Long> clinicIds, QueueFilter filter) {
        if (clinicIds.isEmpty()) {
            return new QueuePage(List.of(), filter.page(), filter.pageSize(), false);
        }
        Optional<QueueFilter.Search> search = filter.parsedSearch();
        long offset = (long) filter.page() * filter.pageSize();
        long perClinic = offset + filter.pageSize() + 1;
        List<QueueFilter.Alternative> alternatives = search.map(QueueFilter.Search::alternatives)
                .orElse(QueueFilter.Alternative.only(""));
        List<Object> searchValues = search.map(s -> s.values(config.zone())).orElse(List.of());
        StringBuilder sql = new StringBuilder("SELECT b.id, b.reference, c.id, c.name, v.name_nb, b.first_name, b.last_name,"
                + " b.phone_e164, b.status, b.submitted_at, b.assigned_to, b.booked_by_patient FROM (");
        // A request matching two alternatives (first and last name) is in two branches: UNION keeps it once.
        String union = alternatives.size() > 1 ? " UNION " : " UNION ALL ";
        List<Object> values = new ArrayList<>();
        for (Long clinicId : new TreeSet<>(clinicIds)) {
            for (QueueFilter.Alternative alternative : alternatives) {
                sql.append(values.isEmpty() ? "" : union).append("(SELECT id, submitted_at FROM booking_request")
                        .append(alternative.indexHint()).append(" WHERE clinic_id = ?");
                values.add(clinicId);
                filter.status().ifPresent(s -> {
                    sql.append(" AND status = ?");
                    values.add(s.name());
                });
                sql.append(alternative.condition()).append(" ORDER BY submitted_at DESC, id DESC LIMIT ?)");
                values.addAll(searchValues);
                values.add(perClinic);
            }
        }
        sql.append(") newest JOIN booking_request b ON b.id = newest.id JOIN clinic c ON c.id = b.clinic_id"
                + " LEFT JOIN visit_type v ON v.id = b.visit_type_id"
                + " ORDER BY newest.submitted_at DESC, newest.id DESC LIMIT ? OFFSET ?");
        values.add(filter.pageSize() + 1);
        values.add(offset);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        List<QueueRow> rows = found.stream().map(QueueRepository::row).toList();
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
