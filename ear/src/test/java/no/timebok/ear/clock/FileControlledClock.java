package no.timebok.ear.clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Server side of the test clock: the system clock shifted by the offset that {@link TestClock}
 * writes into the domain's config directory. Time keeps flowing after a shift, because the
 * application measures durations too (the form's minimum fill time, session ages).
 * <p>
 * The file is read on every call, not cached, so a test's next request already sees the new time,
 * and a shift survives a server restart, which the retention catch-up tests rely on.
 */
public final class FileControlledClock extends Clock {

    static final String FILE_NAME = "timebok-test-clock";

    private final Path file;
    private final ZoneId zone;

    FileControlledClock(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    static Path defaultFile() {
        return Path.of(System.getProperty("com.sun.aas.instanceRoot"), "config", FILE_NAME);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        return new FileControlledClock(file, otherZone);
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offsetMillis());
    }

    private long offsetMillis() {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (NoSuchFileException absent) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
