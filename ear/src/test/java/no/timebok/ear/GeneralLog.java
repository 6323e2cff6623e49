package no.timebok.ear;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL statements the server sent while some requests ran, from MariaDB's general log, to
 * check what a request costs at the database. Run no other requests meanwhile.
 */
public final class GeneralLog {

    private GeneralLog() {
    }

    /** A statement and the connection that sent it. */
    public record Sent(long connection, String text) {
    }

    /** @return the text of each statement other connections sent while {@code work} ran, in order */
    public static List<String> during(Runnable work) throws SQLException {
        return sentDuring(work).stream().map(Sent::text).toList();
    }

    /** @return each statement other connections sent while {@code work} ran, with its connection, in order */
    public static List<Sent> sentDuring(Runnable work) throws SQLException {
        try (Connection connection = TestDatabase.connect(); Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL general_log = 0");
            statement.execute("SET GLOBAL log_output = 'TABLE'");
            statement.execute("TRUNCATE TABLE mysql.general_log");
            statement.execute("SET GLOBAL general_log = 1");
            try {
                work.run();
            } finally {
                statement.execute("SET GLOBAL general_log = 0");
            }
            List<Sent> sent = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT thread_id, CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE thread_id <> CONNECTION_ID() AND command_type IN ('Query', 'Execute')"
                    // The fresh installation's server runs beside the other tests, on a database of its own.
                    + " AND thread_id NOT IN (SELECT id FROM information_schema.PROCESSLIST WHERE db <> DATABASE())"
                    + " ORDER BY event_time")) {
                while (rows.next()) {
                    sent.add(new Sent(rows.getLong(1), rows.getString(2)));
                }
            }
            return sent;
        }
    }
}
