package no.timebok.booking.clinic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Clinics, their kinds of visit, notices and the group. Every read runs in a transaction, joined or
 * its own: the public pages call it outside any, and Payara closes a request's non-transactional
 * entity manager when a nested component call ends (an EJB made for the first time, the data grid),
 * so a second read in the same request met a closed one. Seen on a first installation's very
 * first page.
 */
@ApplicationScoped
@Transactional
public class ClinicRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** These clinics, active or not, by name: what a staff member works at. */
    public List<Clinic> findAll(Set<Long> clinicIds) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Clinic c WHERE c.id IN :clinics ORDER BY c.name", Clinic.class)
                .setParameter("clinics", clinicIds)
                .getResultList();
    }

    /** The names of these clinics by id, as the staff pages' clinic columns and choices show them. */
    public SortedMap<Long, String> namesById(Set<Long> clinicIds) {
        return findAll(clinicIds).stream().collect(Collectors.toMap(Clinic::id, Clinic::name, (a, b) -> a, TreeMap::new));
    }

    /** Active clinics that offer at least one kind of visit: a clinic still being set up is not shown to patients. */
    public List<Clinic> findBookable() {
        return em.createQuery("SELECT c FROM Clinic c WHERE c.active = TRUE AND EXISTS"
                        + " (SELECT v FROM VisitType v WHERE v.clinic = c AND v.active = TRUE) ORDER BY c.name", Clinic.class)
                .getResultList();
    }

    public Optional<Clinic> findBookable(long id) {
        return Optional.ofNullable(em.find(Clinic.class, id)).filter(Clinic::acceptsBookings);
    }

    /** Every bookable clinic's active visit types, clinic by clinic, in the clinic's chosen order. */
    public List<VisitType> findBookableVisitTypes() {
        return em.createQuery("SELECT v FROM VisitType v JOIN FETCH v.clinic c"
                        + " WHERE v.active = TRUE AND c.active = TRUE ORDER BY c.name, v.sortOrder", VisitType.class)
                .getResultList();
    }

    public Optional<VisitType> findVisitType(long id) {
        return Optional.ofNullable(em.find(VisitType.class, id));
    }

    /** Notices of bookable clinics that are shown on the given day. */
    public List<ClinicNotice> findNoticesShownOn(LocalDate day) {
        return em.createQuery("SELECT n FROM ClinicNotice n JOIN FETCH n.clinic c WHERE c.active = TRUE"
                        + " AND n.shownFrom <= :day AND n.shownUntil >= :day ORDER BY c.name, n.shownFrom", ClinicNotice.class)
                .setParameter("day", day)
                .getResultList();
    }

    /** The clinic group, once an administrator has set it up. */
    public Optional<ClinicGroup> findGroup() {
        return Optional.ofNullable(em.find(ClinicGroup.class, ClinicGroup.ID));
    }

    /** The clinic, bookable or not: a receipt or an appointment names it after it has closed. */
    public Optional<Clinic> find(long id) {
        return Optional.ofNullable(em.find(Clinic.class, id));
    }

    /**
     * The group's logo, read column by column: the entity loads its bytes lazily, which needs the
     * persistence context that a page's read without a transaction has already closed.
     */
    public Optional<Logo> findLogo() {
        return em.createQuery("SELECT g.logo, g.logoType FROM ClinicGroup g WHERE g.id = :id", Object[].class)
                .setParameter("id", ClinicGroup.ID)
                .getResultStream()
                .filter(row -> row[0] != null && row[1] != null)
                .map(row -> new Logo((byte[]) row[0], (String) row[1]))
                .findFirst();
    }

    /** The clinic, when it is one of these. */
    public Optional<Clinic> find(Set<Long> clinicIds, long id) {
        return clinicIds.contains(id) ? Optional.ofNullable(em.find(Clinic.class, id)) : Optional.empty();
    }

    public Optional<Clinic> findByCode(String code) {
        return em.createQuery("SELECT c FROM Clinic c WHERE c.code = :code", Clinic.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** Every kind of visit of these clinics, offered or not, clinic by clinic in the clinic's order. */
    public List<VisitType> findVisitTypes(Set<Long> clinicIds) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM VisitType v JOIN FETCH v.clinic c WHERE c.id IN :clinics"
                        + " ORDER BY c.name, v.sortOrder, v.id", VisitType.class)
                .setParameter("clinics", clinicIds)
                .getResultList();
    }

    /** Flushed at once: the database gives the id, which the security event and the answer name. */
    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }
}
