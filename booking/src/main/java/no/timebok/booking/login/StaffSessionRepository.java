package no.timebok.booking.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.identity.SessionValidity;
import no.timebok.booking.identity.StaffMember;
import no.timebok.common.persistence.UtcColumns;

@ApplicationScoped
public class StaffSessionRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(StaffSession session) {
        em.persist(session);
    }

    /**
     * The login behind a token with its account's session validity and member view (roles and
     * clinics joined, a row for each), in one query: the session filter's check is also the load of
     * the request's {@link no.timebok.booking.identity.CurrentStaff}.
     */
    public Optional<OpenLogin> findOpen(String token) {
        List<Object[]> rows = em.createQuery("SELECT s.loggedInAt, u.active, u.sessionsValidFrom, u.id, u.username,"
                        + " u.displayName, r, c FROM StaffSession s, StaffUser u LEFT JOIN u.roles r LEFT JOIN u.clinicIds c"
                        + " WHERE u.id = s.staffUserId AND s.tokenDigest = :digest", Object[].class)
                .setParameter("digest", StaffSession.digest(token))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        return Optional.of(new OpenLogin((Instant) first[0], new SessionValidity((Boolean) first[1], (Instant) first[2]),
                StaffMember.fromJoinedRows((Long) first[3], (String) first[4], (String) first[5], rows, 6)));
    }

    public void removeByToken(String token) {
        em.createQuery("DELETE FROM StaffSession s WHERE s.tokenDigest = :digest")
                .setParameter("digest", StaffSession.digest(token))
                .executeUpdate();
    }

    /** Logins older than the lifetime: worthless already, so their rows go. */
    public int removeLoggedInBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM staff_session WHERE logged_in_at < ?")
                .setParameter(1, UtcColumns.column(cutoff))
                .executeUpdate();
    }
}
