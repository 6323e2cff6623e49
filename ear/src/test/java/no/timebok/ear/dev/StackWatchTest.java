package no.timebok.ear.dev;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After a kill -9 of Payara, the run waited on a dead server and printed nothing. */
class StackWatchTest {

    private final Process server = start();
    private final Process database = start();

    @AfterEach
    void stopWhatIsLeft() {
        server.destroyForcibly();
        database.destroyForcibly();
    }

    @Test
    void theWaitEndsWhenAWatchedProcessIsKilledAndNamesIt() {
        StackWatch watch = new StackWatch()
                .watch("Payara Server", server.toHandle())
                .watch("MariaDB", database.toHandle());

        server.destroyForcibly();

        String died = assertTimeoutPreemptively(Duration.ofSeconds(20), watch::awaitFirstDeath);
        assertTrue(died.contains("Payara Server") && died.contains(Long.toString(server.pid())), died);
        assertTrue(database.isAlive());
    }

    private static Process start() {
        try {
            return new ProcessBuilder("sleep", "300").start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
