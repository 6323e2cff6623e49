package no.timebok.booking.queue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.config.TimebokConfig;

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

    public QueuePage page(Set<Long> clinicIds, QueueFilter filter) {
        if (clinicIds.isEmpty()) {
            return new QueuePage(List.of(), filter.page(), filter.pageSize(), false);
        }
        StringBuilder jpql = new StringBuilder("SELECT NEW no.timebok.booking.queue.QueueRow(b.id, b.reference, c.id, c.name,"
                + " v.nameNb, b.firstName, b.lastName, b.phoneE164, b.status, b.submittedAt, b.assignedTo)"
                + " FROM BookingRequest b JOIN b.clinic c LEFT JOIN b.visitType v WHERE c.id IN :clinics");
        filter.status().ifPresent(s -> jpql.append(" AND b.status = :status"));
        Optional<QueueFilter.Search> search = filter.parsedSearch();
        search.ifPresent(s -> jpql.append(s.condition()));
        jpql.append(" ORDER BY b.submittedAt DESC, b.id DESC");
        TypedQuery<QueueRow> query = em.createQuery(jpql.toString(), QueueRow.class).setParameter("clinics", clinicIds);
        filter.status().ifPresent(s -> query.setParameter("status", s));
        search.ifPresent(s -> s.bind(query, config.zone()));
        List<QueueRow> rows = query.setFirstResult(filter.page() * filter.pageSize())
                .setMaxResults(filter.pageSize() + 1)
                .getResultList();
        boolean hasNext = rows.size() > filter.pageSize();
        return new QueuePage(hasNext ? rows.subList(0, filter.pageSize()) : rows, filter.page(), filter.pageSize(), hasNext);
    }

    public Optional<BookingRequest> find(Set<Long> clinicIds, long id) {
        if (clinicIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT b FROM BookingRequest b JOIN FETCH b.clinic c WHERE b.id = :id AND c.id IN :clinics",
                        BookingRequest.class)
                .setParameter("id", id)
                .setParameter("clinics", clinicIds)
                .getResultStream()
                .findFirst();
    }

    /** Whether the id exists at all: only for the security log, never for the answer. */
    public boolean existsAnywhere(long id) {
        return !em.createQuery("SELECT b.id FROM BookingRequest b WHERE b.id = :id", Long.class)
                .setParameter("id", id).getResultList().isEmpty();
    }
}
