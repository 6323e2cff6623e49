package no.timebok.ear.clock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * Moves the deployed application's clock from a test. The server and the tests share this machine,
 * so the test writes the offset into the domain's config directory and the server's
 * {@link FileControlledClock} reads it. Tests that move time call {@link #reset()} afterwards, since
 * later test classes share the server.
 */
public final class TestClock {

    private TestClock() {
    }

    /** From now on the server's clock reads {@code instant}, and runs on from there. */
    public static void set(Instant instant) {
        writeOffset(Duration.between(Instant.now(), instant).toMillis());
    }

    /** Moves the server's clock forward by {@code amount} (backward when negative). */
    public static void advance(Duration amount) {
        writeOffset(currentOffset() + amount.toMillis());
    }

    /** The server's clock follows the system clock again. */
    public static void reset() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the server's clock reads now. */
    public static Instant now() {
        return Instant.now().plusMillis(currentOffset());
    }

    /** The jar that puts the test clock into a deployment's lib/. */
    public static JavaArchive library() {
        return ShrinkWrap.create(JavaArchive.class, "timebok-test-clock.jar")
                .addClasses(FileControlledClock.class, TestClockProducer.class)
                .addAsManifestResource(new StringAsset(
                        "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml");
    }

    private static long currentOffset() {
        try {
            Path file = file();
            return Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeOffset(long millis) {
        try {
            Path file = file();
            // Written beside and moved in, so the server never reads a half-written number.
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, Long.toString(millis));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file() {
        return Path.of(System.getProperty("timebok.it.domainConfigDir", "target/it/domains/timebok/config"))
                .resolve(FileControlledClock.FILE_NAME);
    }
}
