package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class NewsletterRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(Newsletter newsletter) {
        em.persist(newsletter);
        em.flush();
    }

    /**
     * The newsletter with its row locked until the transaction ends, so two sends at once queue
     * one set of copies: the second waits, then finds it sent.
     */
    public Optional<Newsletter> findForSending(long id, Collection<Long> clinicIds) {
        return find(id, clinicIds).map(n -> {
            em.refresh(n, LockModeType.PESSIMISTIC_WRITE);
            return n;
        });
    }

    public Optional<Newsletter> find(long id, Collection<Long> clinicIds) {
        return Optional.ofNullable(em.find(Newsletter.class, id)).filter(n -> clinicIds.contains(n.clinicId()));
    }

    /** How many of a clinic's newsletters went out in {@code [from, until)}. */
    public long countSent(long clinicId, Instant from, Instant until) {
        return em.createQuery("SELECT COUNT(n) FROM Newsletter n WHERE n.clinicId = :clinic"
                        + " AND n.sentAt >= :from AND n.sentAt < :until", Long.class)
                .setParameter("clinic", clinicId)
                .setParameter("from", from)
                .setParameter("until", until)
                .getSingleResult();
    }

    public List<Newsletter> newestFirst(Collection<Long> clinicIds) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM Newsletter n WHERE n.clinicId IN :clinics ORDER BY n.createdAt DESC, n.id DESC",
                        Newsletter.class)
                .setParameter("clinics", clinicIds)
                .setMaxResults(100)
                .getResultList();
    }
}
