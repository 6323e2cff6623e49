package no.timebok.booking.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StaffUserRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(StaffUser user) {
        em.persist(user);
    }

    public Optional<StaffUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM StaffUser u WHERE u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<StaffUser> find(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    public boolean anyExists() {
        return !em.createQuery("SELECT u.id FROM StaffUser u", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Active reception staff of one clinic: whom a request there can be assigned to. */
    public List<StaffUser> receptionAt(long clinicId) {
        return em.createQuery("SELECT DISTINCT u FROM StaffUser u JOIN u.clinicIds c JOIN u.roles r"
                        + " WHERE c = :clinic AND r = :role AND u.active = TRUE ORDER BY u.displayName", StaffUser.class)
                .setParameter("clinic", clinicId)
                .setParameter("role", StaffRole.RECEPTION)
                .getResultList();
    }

    public List<StaffUser> findAll() {
        return em.createQuery("SELECT u FROM StaffUser u ORDER BY u.username", StaffUser.class).getResultList();
    }
}
