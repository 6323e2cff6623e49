package no.timebok.ear.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium and its matching ChromeDriver on this machine. Found at their package paths
 * (or at the paths given by {@code -Dtimebok.chromium} and {@code -Dtimebok.chromedriver}); when
 * the package paths are empty and the tests run as root on a machine with apt-get, the packages
 * are installed, once per JVM. Anything else is a failure that says what to run: a browser test
 * that cannot start a browser must fail, never skip.
 */
record ChromiumInstallation(Path browser, Path driver) {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ChromiumInstallation.class.getName());

    static final String INSTALL_COMMAND = "sudo apt-get install chromium chromium-driver";

    private static final Path DEFAULT_BROWSER = Path.of("/usr/bin/chromium");
    private static final Path DEFAULT_DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path APT_GET = Path.of("/usr/bin/apt-get");
    private static final Duration APT_TIMEOUT = Duration.ofMinutes(15);

    private static ChromiumInstallation found;
    private static IllegalStateException failure;

    /**
     * The installation to use, installing the packages first when that is allowed.
     *
     * @throws IllegalStateException when there is no usable Chromium; the message gives the command
     */
    static synchronized ChromiumInstallation locate() {
        if (found == null && failure == null) {
            try {
                found = findOrInstall();
            } catch (IllegalStateException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return found;
    }

    private static ChromiumInstallation findOrInstall() {
        String browserOverride = System.getProperty("timebok.chromium");
        String driverOverride = System.getProperty("timebok.chromedriver");
        if (browserOverride != null || driverOverride != null) {
            return require(path(browserOverride, DEFAULT_BROWSER), path(driverOverride, DEFAULT_DRIVER),
                    "the paths given by -Dtimebok.chromium / -Dtimebok.chromedriver");
        }
        if (usable(DEFAULT_BROWSER) && usable(DEFAULT_DRIVER)) {
            return new ChromiumInstallation(DEFAULT_BROWSER, DEFAULT_DRIVER);
        }
        if (!"root".equals(System.getProperty("user.name")) || !usable(APT_GET)) {
            return require(DEFAULT_BROWSER, DEFAULT_DRIVER, "not installing it: this needs root and apt-get");
        }
        LOG.info("Chromium is missing; installing Debian's chromium and chromium-driver");
        String outcome = apt("update") + "; " + apt("install", "-y", "--no-install-recommends", "chromium", "chromium-driver");
        return require(DEFAULT_BROWSER, DEFAULT_DRIVER, "after apt-get (" + outcome + ")");
    }

    private static ChromiumInstallation require(Path browser, Path driver, String context) {
        if (usable(browser) && usable(driver)) {
            return new ChromiumInstallation(browser, driver);
        }
        List<String> missing = new ArrayList<>();
        for (Path executable : List.of(browser, driver)) {
            if (!usable(executable)) {
                missing.add(executable.toString());
            }
        }
        throw new IllegalStateException("The browser tests need Chromium and ChromeDriver; missing or not executable: "
                + String.join(", ", missing) + " (" + context + "). Install them with: " + INSTALL_COMMAND
                + "  (or run the tests with -Dtimebok.chromium=<chromium> -Dtimebok.chromedriver=<its chromedriver>)");
    }

    /** Runs apt-get non-interactively, copying its output to the build log; returns how it ended. */
    private static String apt(String... arguments) {
        List<String> command = new ArrayList<>(List.of(APT_GET.toString(), "-o", "DPkg::Lock::Timeout=300"));
        command.addAll(List.of(arguments));
        LOG.info(() -> String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            Process process = builder.start();
            Thread copier = new Thread(() -> copyToLog(process), "apt-get output");
            copier.setDaemon(true);
            copier.start();
            if (!process.waitFor(APT_TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return "apt-get " + arguments[0] + " did not finish within " + APT_TIMEOUT.toMinutes() + " minutes";
            }
            copier.join(TimeUnit.SECONDS.toMillis(5));
            return "apt-get " + arguments[0] + " exited with " + process.exitValue();
        } catch (IOException e) {
            return "apt-get " + arguments[0] + " could not start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while apt-get " + arguments[0] + " ran";
        }
    }

    private static void copyToLog(Process process) {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            output.lines().forEach(line -> LOG.info(() -> "apt-get: " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path path(String override, Path fallback) {
        return override == null || override.isBlank() ? fallback : Path.of(override);
    }

    private static boolean usable(Path executable) {
        return Files.isRegularFile(executable) && Files.isExecutable(executable);
    }
}
