package no.timebok.ear.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * A Flight Recorder recording ({@code settings=profile}: CPU samples, allocation, locks, socket
 * and JDBC waits) of a running server JVM over one measured period, started and dumped with
 * {@code jcmd} so start-up, seeding and warm-up stay out of it. As a {@link LoadRun.Window} it
 * covers exactly a load's measured period; otherwise it runs from {@link #open} to {@link #close}.
 */
final class ServerProfile implements LoadRun.Window, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ServerProfile.class.getName());

    private final ProcessHandle server;
    private final Path file;
    private final String name;

    private ServerProfile(ProcessHandle server, Path file, String name) {
        this.server = server;
        this.file = file;
        this.name = name;
    }

    /** A profile to be opened, or one that records nothing when profiles were not asked for. */
    static ServerProfile of(boolean enabled, ProcessHandle server, Path dir, String name) {
        return enabled ? new ServerProfile(server, dir.resolve(name + ".jfr").toAbsolutePath(), name) : new ServerProfile(null, null, name);
    }

    @Override
    public void open() {
        if (server == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Could not make the profiles' directory", e);
        }
        jcmd("JFR.start", "name=" + name, "settings=profile");
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        jcmd("JFR.stop", "name=" + name, "filename=" + file);
        LOG.info(() -> "Profile of " + name + " in " + file);
    }

    private void jcmd(String... command) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String[] line = new String[command.length + 2];
        line[0] = Path.of(java).resolveSibling("jcmd").toString();
        line[1] = Long.toString(server.pid());
        System.arraycopy(command, 0, line, 2, command.length);
        try {
            Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command[0] + " failed for the server");
            }
        } catch (IOException e) {
            throw new IllegalStateException("jcmd could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
