package no.timebok.ear.dev;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.KeysetRotation;

/**
 * Key rotation for operations. {@code rotate} adds a new primary key to the keyset file (copy the
 * file to every node afterwards); the servers re-seal in the background. {@code status} shows the
 * re-seal's progress per column from the database; {@code retire} deletes the old keys, and refuses
 * while any column is not yet done for the keyset's primary key.
 *
 * <pre>
 * KeyRotationTool rotate /etc/timebok/keyset.json
 * KeyRotationTool status /etc/timebok/keyset.json jdbc:mariadb://db:3306/timebok timebok
 * KeyRotationTool retire /etc/timebok/keyset.json jdbc:mariadb://db:3306/timebok timebok
 * </pre>
 * The database password comes from the environment variable TIMEBOK_DB_PASSWORD.
 */
public final class KeyRotationTool {

    private static final Logger LOG = Logger.getLogger(KeyRotationTool.class.getName());
    private static final List<String> PROGRESS = List.of("booking_key_reseal", "messaging_key_reseal");

    private KeyRotationTool() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 2 || !List.of("rotate", "status", "retire").contains(args[0])
                || (!"rotate".equals(args[0]) && args.length != 4)) {
            throw new IllegalArgumentException("usage: KeyRotationTool rotate KEYSET | status|retire KEYSET JDBC_URL USER");
        }
        Path keyset = Path.of(args[1]).toAbsolutePath();
        if ("rotate".equals(args[0])) {
            int primary = KeysetRotation.addPrimary(keyset);
            LOG.info(() -> "New primary key " + Integer.toUnsignedString(primary) + " in " + keyset
                    + ". Copy the file to every node; they re-seal after timebok.crypto.reseal-grace.");
            return;
        }
        long primary = Integer.toUnsignedLong(FieldCipher.withKeyset(keyset).primaryKeyId());
        List<String> notDone = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[2], args[3], System.getenv().getOrDefault("TIMEBOK_DB_PASSWORD", ""))) {
            for (String table : PROGRESS) {
                notDone.addAll(report(db, table, primary));
            }
        }
        if (!"retire".equals(args[0])) {
            return;
        }
        if (!notDone.isEmpty()) {
            throw new IllegalStateException("Not retiring: not yet re-sealed under key " + primary + ": " + notDone);
        }
        int retired = KeysetRotation.retireAllButPrimary(keyset);
        LOG.info(() -> retired + " old key(s) deleted from " + keyset + ". Copy the file to every node.");
    }

    /** Prints each column's progress; returns the columns not done for this primary. */
    static List<String> report(Connection db, String table, long primary) throws SQLException {
        List<String> notDone = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("SELECT column_key, primary_key_id, last_id, resealed,"
                + " unreadable, done FROM " + table + " ORDER BY column_key")) {
            boolean any = false;
            while (rows.next()) {
                any = true;
                boolean done = rows.getBoolean("done") && rows.getLong("primary_key_id") == primary;
                String line = String.format("%-40s %s  up to row %d, %d re-sealed, %d unreadable", rows.getString("column_key"),
                        done ? "done   " : "working", rows.getLong("last_id"), rows.getLong("resealed"), rows.getLong("unreadable"));
                LOG.info(line);
                if (!done) {
                    notDone.add(rows.getString("column_key"));
                }
            }
            if (!any) {
                notDone.add(table + " (no column started)");
            }
        }
        return notDone;
    }
}
