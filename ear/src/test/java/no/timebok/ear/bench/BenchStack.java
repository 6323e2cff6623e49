package no.timebok.ear.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.crypto.Keysets;
import no.timebok.ear.dev.DatabaseSettings;
import no.timebok.ear.dev.DemoData;
import no.timebok.ear.dev.EmbeddedDatabase;
import no.timebok.ear.dev.PayaraDomain;

/**
 * A fresh MariaDB and Payara domain for one benchmark run, with the EAR deployed. Rate limits are
 * lifted and the load generator is a trusted proxy, so the benchmark measures the intake, not the
 * limits in front of it.
 */
final class BenchStack implements AutoCloseable {

    /** Ports from 8200, or from {@code TIMEBOK_BENCH_PORT_BASE} when several checkouts benchmark on one machine. */
    static final int PORT_BASE = Integer.parseInt(System.getenv().getOrDefault("TIMEBOK_BENCH_PORT_BASE", "8200"));

    /**
     * Settings to try, as {@code key=value} pairs separated by spaces, applied over every other
     * ({@code TIMEBOK_BENCH_CONFIG="timebok.retention.chunk-size=20000"}): an A/B of a setting is two
     * runs of the same benchmark, one with it.
     */
    static final Map<String, String> TRIED = tried(System.getenv().getOrDefault("TIMEBOK_BENCH_CONFIG", ""));

    private final EmbeddedDatabase database;
    private final PayaraDomain domain;
    private final Path work;
    private final Path ear;
    private final Map<String, String> extraConfig;
    private final Path profiles;

    BenchStack(Path payaraHome, Path work, Path ear) {
        this(payaraHome, work, ear, Map.of());
    }

    /** With settings of the benchmark's own on top of (or instead of) the common ones. */
    BenchStack(Path payaraHome, Path work, Path ear, Map<String, String> extraConfig) {
        // The benchmark's reports stay in work; its server and database in a directory each run replaces.
        this.work = work.resolve("stack");
        this.ear = ear;
        this.extraConfig = Map.copyOf(extraConfig);
        database = new EmbeddedDatabase(this.work, PORT_BASE + 6);
        domain = new PayaraDomain(payaraHome, this.work.resolve("domains"));
        profiles = work.resolve("profiles");
    }

    /** Starts everything; {@link #close()} stops whatever started, even after a failure here. */
    void start() throws Exception {
        start(Map.of());
    }

    /**
     * Starts everything with these configuration values added to those given at construction, or
     * replacing the common ones.
     */
    void start(Map<String, String> extraConfig) throws Exception {
        PayaraDomain.deleteRecursively(work);
        database.start();
        Path keyset = keyset();
        Keysets.createIfAbsent(keyset);
        Map<String, String> config = new HashMap<>();
        config.put(ConfigKey.CRYPTO_KEYSET_PATH.key(), keyset.toString());
        config.put(ConfigKey.TRUSTED_PROXIES.key(), "127.0.0.1,0:0:0:0:0:0:0:1");
        config.put(ConfigKey.INTAKE_LIMIT_PER_IP.key(), "1000000/PT1M");
        config.put(ConfigKey.INTAKE_LIMIT_PER_PHONE.key(), "1000000/PT1M");
        config.put(ConfigKey.INTAKE_LIMIT_GLOBAL.key(), "1000000/PT1M");
        // Form clients post a form shown one post earlier (one showing stores one request).
        config.put(ConfigKey.INTAKE_MIN_FILL_TIME.key(), "PT0.001S");
        config.put(ConfigKey.SMS_CAP_PER_CLINIC_PER_DAY.key(), "1000000");
        config.put(ConfigKey.SCHEMA_DEMO_DATA.key(), DemoData.directory().toString());
        config.putAll(this.extraConfig);
        config.putAll(extraConfig);
        config.putAll(TRIED);
        domain.create(PORT_BASE);
        domain.start();
        domain.configure(database.settings(), config);
        domain.deploy(ear);
        awaitReady();
    }

    static Map<String, String> tried(String pairs) {
        Map<String, String> tried = new HashMap<>();
        for (String pair : pairs.trim().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq > 0 ? pair.substring(0, eq) : pair;
            // A misspelt key would be measured as a change that did nothing.
            if (eq <= 0 || Arrays.stream(ConfigKey.values()).noneMatch(known -> known.key().equals(key))) {
                throw new IllegalArgumentException("TIMEBOK_BENCH_CONFIG: not a known key=value: " + pair);
            }
            tried.put(key, pair.substring(eq + 1));
        }
        return Map.copyOf(tried);
    }

    /** Deploys the EAR again and waits until it is ready: a restart of the application alone. */
    void redeploy(Path newEar) throws Exception {
        domain.deploy(newEar);
        awaitReady();
    }

    String baseUrl() {
        return "http://localhost:" + (PORT_BASE + 80);
    }

    /** The directory this run's server and database live in, replaced by each run. */
    Path directory() {
        return work;
    }

    /** The keyset the server seals with, for seeding rows it must be able to open. */
    Path keyset() {
        return work.resolve("keyset.json");
    }

    DatabaseSettings database() {
        return database.settings();
    }

    /** The database's administrator, who makes the edge's account. */
    DatabaseSettings databaseAdministrator() {
        return database.administrator();
    }

    /** The benchmark's domain, for adding nodes to it and reading its server's process. */
    PayaraDomain domain() {
        return domain;
    }

    /**
     * A Flight Recorder profile of the server while the returned window is open, written to
     * {@code profiles/<name>.jfr} beside the reports, when {@code TIMEBOK_BENCH_JFR} is set; otherwise
     * nothing, so the profiler's own cost stays out of the ratios of a plain run.
     */
    ServerProfile profile(String name) {
        return ServerProfile.of(System.getenv("TIMEBOK_BENCH_JFR") != null, domain.serverProcess(), profiles, name);
    }

    private void awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 240; i++) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The benchmark server did not become ready");
    }

    @Override
    public void close() {
        domain.stop();
        database.stop();
    }
}
