package no.timebok.ear.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Pid files for the processes a local run starts. A pid is only trusted while the process behind
 * it still has our marker (a path only our run uses) on its command line, so a recycled pid never
 * makes us stop somebody else's process.
 */
final class OwnProcesses {

    private static final Logger LOG = Logger.getLogger(OwnProcesses.class.getName());
    private static final Duration GRACE = Duration.ofSeconds(30);

    private OwnProcesses() {
    }

    /** The live process recorded in the pid file, if its command line still holds the marker. */
    static Optional<ProcessHandle> find(Path pidFile, String marker) {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(cmd -> cmd.contains(marker)).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a process left from a run that was killed, then forgets its pid file. */
    static void stopLeftover(Path pidFile, String marker, String what) {
        find(pidFile, marker).ifPresent(process -> {
            LOG.info(() -> "Stopping " + what + " left from an earlier run (pid " + process.pid() + ")");
            process.destroy();
            try {
                process.onExit().get(GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception notStoppedInTime) {
                process.destroyForcibly();
            }
        });
        forget(pidFile);
    }

    static void record(Path pidFile, long pid) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, Long.toString(pid), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the pid file only while it still names this process; a newer run may own it now. */
    static void forgetIfOurs(Path pidFile) {
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile, StandardCharsets.US_ASCII).strip()
                    .equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forget(Path pidFile) {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
