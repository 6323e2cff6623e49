package no.timebok.booking.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import no.timebok.common.persistence.UtcColumns;

@ApplicationScoped
public class StaffSessionRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(StaffSession session) {
        em.persist(session);
    }

    public Optional<StaffSession> findByToken(String token) {
        return Optional.ofNullable(em.find(StaffSession.class, StaffSession.digest(token)));
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
