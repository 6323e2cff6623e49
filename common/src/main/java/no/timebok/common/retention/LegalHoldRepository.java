package no.timebok.common.retention;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.error.ConflictException;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.schema.ModuleReadiness;

/**
 * Legal holds in {@code legal_hold}. A hold is never deleted: releasing it stamps the release, so
 * the history of who was held when stays. At most one active hold per reference, enforced by a
 * unique index on a column that is the reference while active and NULL once released.
 * Every purge excludes held references in SQL ({@link #NOT_HELD}), so a hold placed during a run
 * takes effect from the next chunk.
 */
@ApplicationScoped
public class LegalHoldRepository {

    /**
     * The condition each purge adds for the table it purges; {@code %s} is that table's column
     * holding the subject reference.
     */
    public static final String NOT_HELD = "NOT EXISTS (SELECT 1 FROM legal_hold h WHERE h.active_reference = %s)";

    private static final String COLUMNS = "id, subject_reference, reason_sealed, placed_at, released_at, release_reason_sealed";

    @Resource(lookup = ModuleReadiness.DATASOURCE)
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    public static String notHeld(String referenceColumn) {
        return String.format(NOT_HELD, referenceColumn);
    }

    /**
     * @throws ConflictException when the reference is already held
     */
    public LegalHold place(String reference, String reason, Instant now) {
        String sql = "INSERT INTO legal_hold (subject_reference, reason_sealed, placed_at) VALUES (?, ?, ?)";
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, reference);
            insert.setBytes(2, cipher.seal(reason, context(reference, "reason")));
            insert.setTimestamp(3, UtcColumns.timestamp(now));
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new ConflictException("legal-hold", "hold.alreadyHeld");
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Placing a legal hold", e);
        }
        return active(reference).orElseThrow();
    }

    /**
     * @throws ConflictException when the reference has no active hold
     */
    public LegalHold release(String reference, String reason, Instant now) {
        LegalHold held = active(reference)
                .orElseThrow(() -> new ConflictException("legal-hold", "hold.notHeld"));
        String sql = "UPDATE legal_hold SET released_at = ?, release_reason_sealed = ? WHERE id = ? AND released_at IS NULL";
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, UtcColumns.timestamp(now));
            update.setBytes(2, cipher.seal(reason, context(reference, "release_reason")));
            update.setLong(3, held.id());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Releasing a legal hold", e);
        }
        return new LegalHold(held.id(), reference, held.reason(), held.placedAt(), Optional.of(now), Optional.of(reason));
    }

    public Optional<LegalHold> active(String reference) {
        List<LegalHold> holds = select(" WHERE active_reference = ?", reference);
        return holds.stream().findFirst();
    }

    /** Every active hold, oldest first. */
    public List<LegalHold> allActive() {
        return select(" WHERE released_at IS NULL ORDER BY id", null);
    }

    private List<LegalHold> select(String where, String reference) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM legal_hold" + where)) {
            if (reference != null) {
                select.setString(1, reference);
            }
            List<LegalHold> holds = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String ref = rs.getString("subject_reference");
                    byte[] releaseReason = rs.getBytes("release_reason_sealed");
                    holds.add(new LegalHold(rs.getLong("id"), ref, cipher.open(rs.getBytes("reason_sealed"), context(ref, "reason")),
                            UtcColumns.instant(rs.getTimestamp("placed_at")),
                            Optional.ofNullable(UtcColumns.instant(rs.getTimestamp("released_at"))),
                            Optional.ofNullable(releaseReason).map(sealed -> cipher.open(sealed, context(ref, "release_reason")))));
                }
            }
            return holds;
        } catch (SQLException e) {
            throw new RetentionDatabaseException("Reading legal holds", e);
        }
    }

    private static String context(String reference, String column) {
        return "legal_hold." + column + "/" + reference;
    }
}
