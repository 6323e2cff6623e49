package no.timebok.booking.accesslog;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import no.timebok.booking.identity.StaffMember;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.schema.ModuleReadiness;

/**
 * Writes access-log entries in the caller's transaction: a read that fails leaves no entry, and a
 * read that succeeds can't happen without one. A list written outside a transaction commits its
 * entries before the caller returns the rows, which keeps the second half of that promise.
 */
@ApplicationScoped
public class AccessLog {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    public void record(StaffMember who, long clinicId, Long bookingRequestId, Long appointmentId, AccessAction action) {
        em.persist(AccessLogEntry.of(who.id(), who.loggedRole(), clinicId, bookingRequestId, appointmentId, action, clock.instant()));
    }

    /**
     * One entry per listed request, written as one multi-row statement: a page lists many names.
     * Plain JDBC, so that a caller without a transaction (the queue's pages) writes it in autocommit,
     * without the three statements a transaction adds; within one, the container hands out the
     * transaction's own connection.
     */
    public void recordListed(StaffMember who, List<ListedRequest> listed) {
        if (listed.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO access_log (accessed_at, staff_user_id, staff_role, clinic_id,"
                + " booking_request_id, action) VALUES ");
        for (int i = 0; i < listed.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 'LISTED')");
        }
        Timestamp now = Timestamp.valueOf(UtcColumns.column(clock.instant()));
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (ListedRequest request : listed) {
                insert.setTimestamp(p++, now);
                insert.setLong(p++, who.id());
                insert.setString(p++, who.loggedRole().name());
                insert.setLong(p++, request.clinicId());
                insert.setLong(p++, request.bookingRequestId());
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            // No rows go out unlogged: the caller's read fails with this.
            throw new PersistenceException("Writing the access log of a list failed (SQLState " + e.getSQLState() + ")", e);
        }
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
