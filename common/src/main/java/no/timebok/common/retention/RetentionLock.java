package no.timebok.common.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.schema.ModuleReadiness;

/**
 * One run per policy at a time, across every node on the database: a lease on the policy's row in
 * {@code retention_lock}. Claiming is one conditional UPDATE, so of two nodes racing exactly one
 * sees a changed row. A lease rather than a session lock, because a purge spans many transactions
 * and connections; a node that dies mid-run frees the policy when its lease runs out.
 */
@ApplicationScoped
public class RetentionLock {

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    public RetentionLock() {
    }

    /** For tools and tests outside a container. */
    public RetentionLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims the policy for {@code holder} until {@code leaseUntil}, unless another holder's lease still runs. */
    public boolean tryAcquire(RetentionPolicy policy, String holder, Instant now, Instant leaseUntil) {
        return execute("UPDATE retention_lock SET holder = ?, lease_until = ? WHERE policy = ?"
                + " AND (holder IS NULL OR lease_until < ?)", update -> {
                    update.setString(1, holder);
                    update.setTimestamp(2, UtcColumns.timestamp(leaseUntil));
                    update.setString(3, policy.name());
                    update.setTimestamp(4, UtcColumns.timestamp(now));
                }) == 1;
    }

    /** Extends the lease; false when it was lost (expired and taken by another node). */
    public boolean renew(RetentionPolicy policy, String holder, Instant leaseUntil) {
        return execute("UPDATE retention_lock SET lease_until = ? WHERE policy = ? AND holder = ?", update -> {
            update.setTimestamp(1, UtcColumns.timestamp(leaseUntil));
            update.setString(2, policy.name());
            update.setString(3, holder);
        }) == 1;
    }

    public void release(RetentionPolicy policy, String holder) {
        execute("UPDATE retention_lock SET holder = NULL, lease_until = NULL WHERE policy = ? AND holder = ?", update -> {
            update.setString(1, policy.name());
            update.setString(2, holder);
        });
    }

    /**
     * Whether a run of the policy was abandoned: it still names a holder, but its lease ran out.
     * A run that ends, however it ends, releases the lock, so only a node that died leaves this.
     */
    public boolean abandoned(RetentionPolicy policy, Instant now) {
        String sql = "SELECT 1 FROM retention_lock WHERE policy = ? AND holder IS NOT NULL AND lease_until < ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, policy.name());
            select.setTimestamp(2, UtcColumns.timestamp(now));
            try (ResultSet found = select.executeQuery()) {
                return found.next();
            }
        } catch (SQLException e) {
            throw new RetentionDatabaseException("The retention lock", e);
        }
    }

    /** Marks when the policy was last checked (and run, when it was due) by any node's timer or start-up check. */
    public void recordCheck(RetentionPolicy policy, Instant checked) {
        execute("UPDATE retention_lock SET last_checked_at = ? WHERE policy = ?", update -> {
            update.setTimestamp(1, UtcColumns.timestamp(checked));
            update.setString(2, policy.name());
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int execute(String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            binder.bind(update);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new RetentionDatabaseException("The retention lock", e);
        }
    }
}
