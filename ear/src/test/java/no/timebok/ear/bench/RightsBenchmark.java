package no.timebok.ear.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.ear.rights.RightsRequests;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;

/**
 * Registering a rights request when the person is found by national ID. The national ID is sealed
 * with a randomised cipher, so {@code SubjectMatcher} opens every sealed national ID of the clinic,
 * 2,000 rows a query; the README argues that five months of retention keep this affordable. Seeds
 * the queue benchmark's requests (half of them at the Oslo clinic, a national ID on every third) in
 * two steps, to 100,000 and then to the largest size requests at the clinic, and at each measures
 * in the same run: the scan's reads in raw JDBC (the baseline), the same reads plus opening each
 * value with Tink in this JVM, and registering through the API by phone and by national ID (one
 * that exists and one that does not), with the SQL statements each registration sends. Run with
 * {@code ./bench.sh rights [requests at the clinic]} (default 300,000, or
 * {@code TIMEBOK_BENCH_CLINIC_ROWS}).
 */
public final class RightsBenchmark {

    private static final Logger LOG = Logger.getLogger(RightsBenchmark.class.getName());
    private static final long CLINIC = 1;
    /** {@code QueueSeed} sends half its rows to the Oslo clinic. */
    private static final int SEEDED_PER_CLINIC_ROW = 2;
    private static final int SMALLER = 100_000;
    /** As {@code SubjectMatcher}'s batch. */
    private static final int BATCH = 2_000;
    private static final int WARM_UP_CALLS = 3;
    private static final int SCANS = 10;
    private static final int PHONE_CALLS = 20;
    private static final int NATIONAL_ID_CALLS = 10;
    private static final int COUNTED_CALLS = 3;
    private static final String SEAL_CONTEXT = "booking_request.national_id/";

    private RightsBenchmark() {
    }

    /** The measurements at one size. */
    private record Step(int clinicRows, int sealedRows, double seedSeconds, Map<String, Latencies> latencies,
                        Map<String, Map<String, Double>> statements, List<String> plan, String storage) {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        int largest = Integer.parseInt(args.length > 3 ? args[3]
                : System.getenv().getOrDefault("TIMEBOK_BENCH_CLINIC_ROWS", "300000"));
        List<Integer> sizes = largest > SMALLER ? List.of(SMALLER, largest) : List.of(largest);
        BenchAdmin admin = new BenchAdmin();
        Map<String, String> config = new HashMap<>(admin.config());
        // The outbox relay polls every few seconds; the statement counts need a quiet server.
        config.put(ConfigKey.RELAY_INTERVAL.key(), "PT1H");
        try (BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]), config)) {
            stack.start();
            admin.useFor(stack);
            String url = stack.database().url();
            QueueSeed seed = new QueueSeed(url, stack.keyset(), SEEDED_PER_CLINIC_ROW * largest, Instant.now());
            FieldCipher cipher = FieldCipher.withKeyset(stack.keyset());
            JdbcBaseline jdbc = new JdbcBaseline(url);
            List<Step> steps = new ArrayList<>();
            int seeded = 0;
            for (int size : sizes) {
                long seedStart = System.nanoTime();
                seed.run(seeded, SEEDED_PER_CLINIC_ROW * size);
                seeded = SEEDED_PER_CLINIC_ROW * size;
                double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
                int total = seeded;
                LOG.info(() -> String.format(Locale.ROOT, "Seeded %,d requests (%,d at the clinic) in %.0f s", total, size, seedSeconds));
                // A new officer per step: seeding the next step outlasts an idle staff session.
                StaffSession officer = StaffAccounts.create(List.of("privacy"), List.of(CLINIC));
                steps.add(measure(size, seeded, seedSeconds, jdbc, cipher, officer, url));
            }
            String report = report(steps);
            Files.writeString(work.resolve("rights-results.md"), report);
            LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("rights-results.md") + ")");
        }
        System.exit(0);
    }

    private static Step measure(int clinicRows, int seeded, double seedSeconds, JdbcBaseline jdbc, FieldCipher cipher,
                                StaffSession officer, String url) throws Exception {
        String existing = QueueSeed.nationalIdOf(existingRow(seeded));
        Map<String, Latencies> latencies = new LinkedHashMap<>();
        Latencies read = new Latencies();
        Latencies readAndOpen = new Latencies();
        int sealedRows = 0;
        for (int i = -WARM_UP_CALLS; i < SCANS; i++) {
            JdbcBaseline.Scan plain = jdbc.scanSealedNationalIds(CLINIC, BATCH, (id, reference, token, sealed) -> { });
            int[] found = {0};
            JdbcBaseline.Scan opened = jdbc.scanSealedNationalIds(CLINIC, BATCH, (id, reference, token, sealed) -> {
                if (existing.equals(cipher.open(sealed, SEAL_CONTEXT + token))) {
                    found[0]++;
                }
            });
            if (found[0] == 0 || plain.rows() != opened.rows()) {
                throw new IllegalStateException("The scan in this JVM did not find a seeded national ID");
            }
            sealedRows = plain.rows();
            if (i >= 0) {
                read.add(plain.nanos());
                readAndOpen.add(opened.nanos());
            }
        }
        latencies.put("(1) raw JDBC read of the sealed national IDs, batches of 2,000 (baseline)", read);
        latencies.put("(2) the same read + Tink open of each value, benchmark JVM", readAndOpen);
        latencies.put("(3) register by PHONE, API", calls(PHONE_CALLS, n -> register(officer, "PHONE", phoneTyped(seeded), true)));
        Latencies nationalId = new Latencies();
        Latencies found = new Latencies();
        Latencies absent = new Latencies();
        for (int i = -WARM_UP_CALLS; i < NATIONAL_ID_CALLS; i++) {
            boolean exists = i % 2 == 0;
            long nanos = register(officer, "NATIONAL_ID", exists ? existing : QueueSeed.absentNationalId(ThreadLocalRandom.current()),
                    exists);
            if (i >= 0) {
                nationalId.add(nanos);
                (exists ? found : absent).add(nanos);
            }
        }
        latencies.put("(4) register by NATIONAL_ID, API, all calls", nationalId);
        latencies.put("(4a) … a national ID that exists", found);
        latencies.put("(4b) … a national ID that does not", absent);

        Map<String, Map<String, Double>> statements = new LinkedHashMap<>();
        List<String> plan;
        try (StatementCounter counter = new StatementCounter(url)) {
            plan = counter.explain("SELECT id, reference, receipt_token, national_id_sealed FROM booking_request WHERE clinic_id = "
                    + CLINIC + " AND id > 0 AND national_id_sealed IS NOT NULL ORDER BY id LIMIT " + BATCH);
            counter.calibrate(3_000);
            statements.put("register by PHONE", counter.perRequest(COUNTED_CALLS,
                    () -> register(officer, "PHONE", phoneTyped(seeded), true)));
            statements.put("register by NATIONAL_ID (exists)", counter.perRequest(COUNTED_CALLS,
                    () -> register(officer, "NATIONAL_ID", existing, true)));
        }
        return new Step(clinicRows, sealedRows, seedSeconds, latencies, statements, plan, storage(url));
    }

    /** Whether the table still fits in InnoDB's buffer pool: the scan reads every row's page of the clinic. */
    private static String storage(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT data_length, index_length, @@innodb_buffer_pool_size FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_name = 'booking_request'")) {
            rs.next();
            return String.format(Locale.ROOT, "booking_request: data %d MiB, indexes %d MiB; innodb_buffer_pool_size %d MiB",
                    rs.getLong(1) >> 20, rs.getLong(2) >> 20, rs.getLong(3) >> 20);
        }
    }

    @FunctionalInterface
    private interface Call {
        long nanos(int n) throws Exception;
    }

    private static Latencies calls(int count, Call call) throws Exception {
        Latencies latencies = new Latencies();
        for (int i = -WARM_UP_CALLS; i < count; i++) {
            long nanos = call.nanos(i);
            if (i >= 0) {
                latencies.add(nanos);
            }
        }
        return latencies;
    }

    /**
     * Registers an access request and returns how long the call took; throws unless it was created
     * and matched at least one request when {@code matches}, none otherwise.
     */
    private static long register(StaffSession officer, String matchedBy, String key, boolean matches) {
        String form = RightsRequests.form(CLINIC, "ACCESS", matchedBy, key, LocalDate.now(ZoneId.of("Europe/Oslo"))).build().toString();
        long start = System.nanoTime();
        HttpResponse<String> created = officer.post(RightsRequests.BASE, form);
        long nanos = System.nanoTime() - start;
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Registering by " + matchedBy + " answered " + created.statusCode());
        }
        JsonObject summary = Json.createReader(new StringReader(created.body())).readObject();
        int matched = summary.getInt("matchedRequests");
        if (matches ? matched == 0 : matched != 0) {
            throw new IllegalStateException("Registering by " + matchedBy + " matched " + matched + " requests");
        }
        return nanos;
    }

    /** A random seeded row of the clinic that holds a national ID. */
    private static int existingRow(int seeded) {
        while (true) {
            int n = ThreadLocalRandom.current().nextInt(seeded);
            if (QueueSeed.clinicOf(n) == CLINIC && QueueSeed.nationalIdOf(n) != null) {
                return n;
            }
        }
    }

    /** A random seeded mobile number of the clinic, typed in national format as an officer would. */
    private static String phoneTyped(int seeded) {
        while (true) {
            int n = ThreadLocalRandom.current().nextInt(seeded);
            if (QueueSeed.clinicOf(n) == CLINIC) {
                String national = QueueSeed.phoneOf(n).substring(3);
                return national.substring(0, 3) + " " + national.substring(3, 5) + " " + national.substring(5);
            }
        }
    }

    private static String report(List<Step> steps) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Rights benchmark: registering an access request at the Oslo clinic, the person found by"
                + " phone or by national ID; the queue benchmark's seed (half the requests at Oslo, a national ID on every"
                + " third), one call at a time after %d warm-up calls, loopback, one run.%n", WARM_UP_CALLS));
        for (Step step : steps) {
            r.append(String.format(Locale.ROOT, "%n%,d requests at the clinic, %,d of them with a sealed national ID (%,d in the"
                    + " table, seeded in %.0f s):%n%n", step.clinicRows(), step.sealedRows(), SEEDED_PER_CLINIC_ROW * step.clinicRows(),
                    step.seedSeconds()));
            r.append("| measurement | calls | p50 ms | p99 ms | p50 ratio to (1) |\n| --- | --- | --- | --- | --- |\n");
            double baseline = step.latencies().values().iterator().next().percentileMillis(50);
            for (Map.Entry<String, Latencies> e : step.latencies().entrySet()) {
                Latencies l = e.getValue();
                r.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", e.getKey(), l.count(),
                        l.percentileMillis(50), l.percentileMillis(99), l.percentileMillis(50) / baseline));
            }
            r.append(String.format(Locale.ROOT, "%nSQL statements per registration, counted at MariaDB over %d calls:%n%n",
                    COUNTED_CALLS));
            r.append("| registration | all statements (Questions) | SELECT | INSERT | UPDATE |\n| --- | --- | --- | --- | --- |\n");
            for (Map.Entry<String, Map<String, Double>> e : step.statements().entrySet()) {
                Map<String, Double> c = e.getValue();
                r.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", e.getKey(), c.get("Questions"),
                        c.get("Com_select"), c.get("Com_insert"), c.get("Com_update")));
            }
            r.append(String.format(Locale.ROOT, "%nThe first batch's query: %s%n", step.storage()));
            for (String line : step.plan()) {
                r.append("- EXPLAIN: ").append(line).append('\n');
            }
        }
        return r.toString();
    }
}
