package no.timebok.ear.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * When InnoDB has finished the work of the changes committed so far. An {@code UPDATE} or
 * {@code DELETE} returns once its rows are marked, but InnoDB's purge threads still remove the old
 * index entries and undo records afterwards: about 9 s after a million-row {@code UPDATE} of 14 s,
 * measured at MariaDB alone. One statement leaves that work for whatever runs next, while a purge
 * in chunks does it beside its own later chunks; timing both until it is done charges each its
 * own, and waiting for it before a measurement keeps the previous one's out of it.
 */
final class InnoDbCleanup {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    private InnoDbCleanup() {
    }

    /**
     * Waits until no committed transaction's undo is left to purge ({@code Innodb_history_list_length}
     * 0), and answers when that was seen.
     */
    static Instant awaitDone(String url) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(AT_MOST);
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_history_list_length'")) {
                    if (rs.next() && rs.getLong(2) == 0) {
                        return Instant.now();
                    }
                }
                Thread.sleep(POLL.toMillis());
            }
        }
        throw new IllegalStateException("InnoDB's purge did not catch up in " + AT_MOST);
    }
}
