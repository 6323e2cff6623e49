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

    /** The login behind a token with its account's session validity, in one query. */
    public Optional<OpenLogin> findOpen(String token) {
        return em.createQuery("SELECT NEW no.timebok.booking.login.OpenLogin(s.staffUserId, s.loggedInAt, u.active,"
                        + " u.sessionsValidFrom) FROM StaffSession s, StaffUser u"
                        + " WHERE u.id = s.staffUserId AND s.tokenDigest = :digest", OpenLogin.class)
                .setParameter("digest", StaffSession.digest(token))
                .getResultStream().findFirst();
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
