package no.timebok.common.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import no.timebok.common.json.JsonFactories;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.schema.ModuleReadiness;

/**
 * The receipts in {@code retention_receipt}. Written over plain JDBC outside any transaction of the
 * purge itself, so a receipt survives the failure it reports.
 */
@ApplicationScoped
public class ReceiptRepository {

    private static final String COLUMNS = "id, policy, policy_version, trigger_kind, cutoff, started_at, ended_at,"
            + " node, outcome, rows_json, detail";

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    public ReceiptRepository() {
    }

    /** For tools and tests outside a container. */
    public ReceiptRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the receipt of a run that starts now; ended and outcome follow with {@link #finish}. */
    public long start(RetentionPolicy policy, RetentionReceipt.Trigger trigger, Instant cutoff, Instant startedAt,
                      String node, RetentionReceipt.Outcome outcome) {
        String sql = "INSERT INTO retention_receipt (policy, policy_version, trigger_kind, cutoff, started_at, ended_at,"
                + " node, outcome, rows_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}')";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, policy.name());
            insert.setInt(2, policy.version());
            insert.setString(3, trigger.name());
            insert.setTimestamp(4, UtcColumns.timestamp(cutoff));
            insert.setTimestamp(5, UtcColumns.timestamp(startedAt));
            insert.setTimestamp(6, outcome == RetentionReceipt.Outcome.RUNNING ? null : UtcColumns.timestamp(startedAt));
            insert.setString(7, node);
            insert.setString(8, outcome.name());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Writing a retention receipt", e);
        }
    }

    /**
     * The receipt of work done in the caller's transaction, such as an erasure on request: inside a
     * container transaction the connection is enlisted in it, so the receipt exists exactly when
     * the work does. Counts only, never a reference or a name.
     */
    public long recordDone(RetentionPolicy policy, RetentionReceipt.Trigger trigger, Instant at, String node,
                           Map<String, Long> rows) {
        long id = start(policy, trigger, at, at, node, RetentionReceipt.Outcome.SUCCEEDED);
        finish(id, at, RetentionReceipt.Outcome.SUCCEEDED, rows, null);
        return id;
    }

    public void finish(long id, Instant endedAt, RetentionReceipt.Outcome outcome, Map<String, Long> rows, String detail) {
        update("Finishing a retention receipt",
                "UPDATE retention_receipt SET ended_at = ?, outcome = ?, rows_json = ?, detail = ? WHERE id = ?", update -> {
                    update.setTimestamp(1, UtcColumns.timestamp(endedAt));
                    update.setString(2, outcome.name());
                    update.setString(3, rowsJson(rows));
                    update.setString(4, detail);
                    update.setLong(5, id);
                });
    }

    /**
     * The rows a running run has counted so far, written after each chunk, so that the receipt of a
     * run whose node dies still tells what it erased (all but at most the last chunk).
     */
    public void progress(long id, Map<String, Long> rows) {
        update("Recording a retention run's progress",
                "UPDATE retention_receipt SET rows_json = ? WHERE id = ? AND outcome = 'RUNNING'", update -> {
                    update.setString(1, rowsJson(rows));
                    update.setLong(2, id);
                });
    }

    /**
     * Closes the receipts of the policy's runs whose node died. Call it holding the policy's lock:
     * then no run of it is alive, so every receipt still {@code RUNNING} is one nobody will finish.
     */
    public int abandonRunning(RetentionPolicy policy, Instant at) {
        return update("Closing abandoned retention receipts", "UPDATE retention_receipt SET outcome = 'ABANDONED',"
                + " ended_at = ?, detail = 'lease expired' WHERE policy = ? AND outcome = 'RUNNING'", update -> {
                    update.setTimestamp(1, UtcColumns.timestamp(at));
                    update.setString(2, policy.name());
                });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private int update(String what, String sql, Binder binder) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            binder.bind(update);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new RetentionDatabaseException(what, e);
        }
    }

    /** The start of the policy's last successful run, the basis of the catch-up rule. */
    public Optional<Instant> lastSuccess(RetentionPolicy policy) {
        String sql = "SELECT MAX(started_at) FROM retention_receipt WHERE policy = ? AND outcome = 'SUCCEEDED'";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, policy.name());
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return Optional.ofNullable(UtcColumns.instant(rs.getTimestamp(1)));
            }
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Reading the last retention success", e);
        }
    }

    public Optional<RetentionReceipt> find(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM retention_receipt WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(receipt(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Reading a retention receipt", e);
        }
    }

    /** The newest receipts first, optionally of one policy. */
    public List<RetentionReceipt> newest(Optional<RetentionPolicy> policy, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM retention_receipt" + (policy.isPresent() ? " WHERE policy = ?" : "")
                + " ORDER BY id DESC LIMIT ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            if (policy.isPresent()) {
                select.setString(index++, policy.get().name());
            }
            select.setInt(index, limit);
            List<RetentionReceipt> receipts = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    receipts.add(receipt(rs));
                }
            }
            return receipts;
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Reading retention receipts", e);
        }
    }

    private static RetentionReceipt receipt(ResultSet rs) throws SQLException {
        return new RetentionReceipt(rs.getLong("id"), RetentionPolicy.valueOf(rs.getString("policy")),
                rs.getInt("policy_version"), RetentionReceipt.Trigger.valueOf(rs.getString("trigger_kind")),
                UtcColumns.instant(rs.getTimestamp("cutoff")), UtcColumns.instant(rs.getTimestamp("started_at")),
                Optional.ofNullable(UtcColumns.instant(rs.getTimestamp("ended_at"))), rs.getString("node"),
                RetentionReceipt.Outcome.valueOf(rs.getString("outcome")), rows(rs.getString("rows_json")),
                Optional.ofNullable(rs.getString("detail")));
    }

    /** Tables in name order, so receipts of one policy always read alike. */
    static String rowsJson(Map<String, Long> rows) {
        JsonObjectBuilder object = JsonFactories.BUILDERS.createObjectBuilder();
        new TreeMap<>(rows).forEach(object::add);
        return object.build().toString();
    }

    static Map<String, Long> rows(String json) {
        try (JsonReader reader = JsonFactories.READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, Long> rows = new LinkedHashMap<>();
            object.forEach((table, count) -> rows.put(table, object.getJsonNumber(table).longValue()));
            return rows;
        }
    }
}
