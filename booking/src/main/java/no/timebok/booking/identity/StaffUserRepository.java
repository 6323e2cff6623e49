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

    /**
     * The active account's member view in one query, its roles and clinics joined, rather than the
     * entity's three (account, roles, clinics). A staff request whose login the session filter checked
     * has its member from that check already; this is for the others.
     */
    public Optional<StaffMember> activeMember(String username) {
        List<Object[]> rows = em.createQuery("SELECT u.id, u.displayName, r, c FROM StaffUser u LEFT JOIN u.roles r"
                        + " LEFT JOIN u.clinicIds c WHERE u.username = :username AND u.active = TRUE", Object[].class)
                .setParameter("username", username)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StaffMember.fromJoinedRows((Long) rows.get(0)[0], username, (String) rows.get(0)[1], rows, 2));
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
