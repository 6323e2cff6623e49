package no.timebok.booking.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import no.timebok.booking.identity.StaffMember;
import no.timebok.common.persistence.UtcColumns;

/**
 * Writes access-log entries in the caller's transaction: a read that fails leaves no entry, and a
 * read that succeeds can't happen without one.
 */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(StaffMember who, long clinicId, Long bookingRequestId, Long appointmentId, AccessAction action) {
        em.persist(AccessLogEntry.of(who.id(), who.loggedRole(), clinicId, bookingRequestId, appointmentId, action, clock.instant()));
    }

    /** One entry per listed request, written as one multi-row statement: a page lists many names. */
    public void recordListed(StaffMember who, List<ListedRequest> listed) {
        if (listed.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO access_log (accessed_at, staff_user_id, staff_role, clinic_id,"
                + " booking_request_id, action) VALUES ");
        for (int i = 0; i < listed.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 'LISTED')");
        }
        var insert = em.createNativeQuery(sql.toString());
        LocalDateTime now = UtcColumns.column(clock.instant());
        int p = 1;
        for (ListedRequest request : listed) {
            insert.setParameter(p++, now);
            insert.setParameter(p++, who.id());
            insert.setParameter(p++, who.loggedRole().name());
            insert.setParameter(p++, request.clinicId());
            insert.setParameter(p++, request.bookingRequestId());
        }
        insert.executeUpdate();
    }

    public List<AccessLogEntry> forRequest(long bookingRequestId) {
        return em.createQuery("SELECT e FROM AccessLogEntry e WHERE e.bookingRequestId = :id ORDER BY e.accessedAt, e.id",
                        AccessLogEntry.class)
                .setParameter("id", bookingRequestId)
                .getResultList();
    }

    public record ListedRequest(long clinicId, long bookingRequestId) {
    }
}
