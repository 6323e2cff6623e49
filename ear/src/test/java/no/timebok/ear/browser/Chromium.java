package no.timebok.ear.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium with its own throw-away profile, for one test class. Both executables are
 * given to Selenium explicitly, so Selenium Manager never runs: on a machine without access to
 * Google's download hosts it would only fail, and it must never fetch a browser behind our back.
 */
public final class Chromium implements AutoCloseable {

    /** Flags for a quiet, reproducible browser that starts no traffic of its own. */
    private static final List<String> FLAGS = List.of(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,1024", "--lang=nb");

    /**
     * The tests speak WebDriver only and ship no selenium-devtools bindings, so ChromiumDriver's
     * search for CDP bindings matching the browser would warn at every start. Held here so the
     * level sticks (java.util.logging keeps loggers weakly).
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        // Selenium passes SE_* system properties to Selenium Manager: offline and without usage
        // statistics, should anything ever reach it despite the explicit paths.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("SE_AVOID_STATS", "true");
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Starts a headless Chromium, installing it first where {@link ChromiumInstallation} may.
     *
     * @throws IllegalStateException when no Chromium can be found or installed
     */
    public static Chromium startHeadless() {
        ChromiumInstallation installation = ChromiumInstallation.locate();
        Path profile = createTempDirectory();
        try {
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(installation.driver().toFile())
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("LANGUAGE", "nb"))
                    .withLogFile(logFile())
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(installation.browser().toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nb"));
            // Leave a stray alert open so a test can see it, instead of dismissing it silently.
            options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteRecursively(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Where files the pages offer for download land, without a prompt: a directory inside this
     * browser's profile, deleted with it. Headless Chromium refuses downloads until told where.
     */
    public Path downloads() {
        Path directory = profile.resolve("downloads");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
        return directory;
    }

    /** Quits the browser and its driver and deletes the profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    /** A new ChromeDriver log under {@code target/browser}, kept for when a browser test fails. */
    private static File logFile() {
        Path dir = Path.of(System.getProperty("basedir", "."), "target", "browser");
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "chromedriver-", ".log").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("timebok-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the browser profile " + dir, e);
        }
    }
}
