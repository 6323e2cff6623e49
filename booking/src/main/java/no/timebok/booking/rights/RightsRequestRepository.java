package no.timebok.booking.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RightsRequestRepository {

    /** The list shows at most this many answered requests below the open ones. */
    private static final int RECENTLY_ANSWERED = 50;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(RightsRequest request) {
        em.persist(request);
        em.flush();
    }

    public void add(RightsRequestEvent event) {
        em.persist(event);
    }

    /** The request, only when it belongs to one of the given clinics. */
    public Optional<RightsRequest> find(long id, Collection<Long> clinicIds) {
        return em.createQuery("SELECT r FROM RightsRequest r WHERE r.id = :id AND r.clinicId IN :clinics", RightsRequest.class)
                .setParameter("id", id)
                .setParameter("clinics", clinicIds)
                .getResultStream().findFirst();
    }

    /** Every rights request of one clinic, oldest first. */
    public List<RightsRequest> ofClinic(long clinicId) {
        return em.createQuery("SELECT r FROM RightsRequest r WHERE r.clinicId = :clinic ORDER BY r.id", RightsRequest.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    /** Open requests of the clinics, the nearest deadline first. */
    public List<RightsRequest> open(Collection<Long> clinicIds) {
        return em.createQuery("SELECT r FROM RightsRequest r WHERE r.clinicId IN :clinics AND r.status = :open"
                        + " ORDER BY r.dueOn, r.id", RightsRequest.class)
                .setParameter("clinics", clinicIds)
                .setParameter("open", RightsRequestStatus.OPEN)
                .getResultList();
    }

    /** The most recently answered requests of the clinics. */
    public List<RightsRequest> recentlyAnswered(Collection<Long> clinicIds) {
        return em.createQuery("SELECT r FROM RightsRequest r WHERE r.clinicId IN :clinics AND r.status = :answered"
                        + " ORDER BY r.closedAt DESC, r.id DESC", RightsRequest.class)
                .setParameter("clinics", clinicIds)
                .setParameter("answered", RightsRequestStatus.ANSWERED)
                .setMaxResults(RECENTLY_ANSWERED)
                .getResultList();
    }

    /** What was done for the request, with each staff member's name, oldest first. */
    public List<Object[]> eventsWithStaffNames(long rightsRequestId) {
        return em.createQuery("SELECT e, u.displayName FROM RightsRequestEvent e, StaffUser u"
                        + " WHERE e.rightsRequestId = :id AND u.id = e.staffUserId ORDER BY e.occurredAt, e.id", Object[].class)
                .setParameter("id", rightsRequestId)
                .getResultList();
    }
}
