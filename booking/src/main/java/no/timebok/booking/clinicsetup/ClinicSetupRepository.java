package no.timebok.booking.clinicsetup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicNotice;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.schedule.Closure;
import no.timebok.booking.schedule.Resource;

/** Set-up items, always looked up within a set of clinics, so another clinic's ids find nothing. */
@ApplicationScoped
public class ClinicSetupRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public Optional<Clinic> clinic(Set<Long> clinicIds, long id) {
        return clinicIds.contains(id) ? Optional.ofNullable(em.find(Clinic.class, id)) : Optional.empty();
    }

    public List<Resource> resources(Set<Long> clinicIds) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.clinicId IN :clinics ORDER BY r.clinicId, r.name", Resource.class)
                .setParameter("clinics", clinicIds)
                .getResultList();
    }

    public Optional<Resource> resource(Set<Long> clinicIds, long id) {
        return Optional.ofNullable(em.find(Resource.class, id)).filter(r -> clinicIds.contains(r.clinicId()));
    }

    /** Closures that still matter: those ending today or later. */
    public List<Closure> closures(Set<Long> clinicIds, LocalDate today) {
        return em.createQuery("SELECT c FROM Closure c WHERE c.clinicId IN :clinics AND c.lastDay >= :today"
                        + " ORDER BY c.firstDay", Closure.class)
                .setParameter("clinics", clinicIds)
                .setParameter("today", today)
                .getResultList();
    }

    public Optional<Closure> closure(Set<Long> clinicIds, long id) {
        return Optional.ofNullable(em.find(Closure.class, id)).filter(c -> clinicIds.contains(c.clinicId()));
    }

    /** Notices still to be shown or being shown. */
    public List<ClinicNotice> notices(Set<Long> clinicIds, LocalDate today) {
        return em.createQuery("SELECT n FROM ClinicNotice n JOIN FETCH n.clinic c WHERE c.id IN :clinics"
                        + " AND n.shownUntil >= :today ORDER BY n.shownFrom", ClinicNotice.class)
                .setParameter("clinics", clinicIds)
                .setParameter("today", today)
                .getResultList();
    }

    public Optional<ClinicNotice> notice(Set<Long> clinicIds, long id) {
        return Optional.ofNullable(em.find(ClinicNotice.class, id)).filter(n -> clinicIds.contains(n.clinicId()));
    }

    public List<VisitType> visitTypes(Set<Long> clinicIds) {
        return em.createQuery("SELECT v FROM VisitType v JOIN FETCH v.clinic c WHERE c.id IN :clinics"
                        + " ORDER BY c.name, v.sortOrder", VisitType.class)
                .setParameter("clinics", clinicIds)
                .getResultList();
    }

    public Optional<VisitType> visitType(Set<Long> clinicIds, long id) {
        return Optional.ofNullable(em.find(VisitType.class, id)).filter(v -> clinicIds.contains(v.clinicId()));
    }

    public <T> T add(T item) {
        em.persist(item);
        em.flush();
        return item;
    }

    public void remove(Object item) {
        em.remove(item);
    }
}
