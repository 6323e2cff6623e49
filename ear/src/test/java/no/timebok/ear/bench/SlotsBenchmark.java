package no.timebok.ear.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.TimebokHttp;

/**
 * The free-times page (issue #18): a clinic of 50 resources with 60 % of its times over the next
 * 90 days booked, its page for a random week read by 32 clients, against the server's own
 * {@code /health/live} with the same clients in the same run; then the SQL statements one page
 * sends, counted at the database. Goal: p99 under 50 ms and at least half the health rate. Run
 * with {@code ./bench.sh slots}.
 */
public final class SlotsBenchmark {

    private static final Logger LOG = Logger.getLogger(SlotsBenchmark.class.getName());
    private static final int CLIENTS = 32;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration MEASURE = Duration.ofSeconds(20);
    private static final Duration ALONE_WARM_UP = Duration.ofSeconds(3);
    private static final Duration ALONE_MEASURE = Duration.ofSeconds(10);
    private static final int COUNTED_REQUESTS = 40;
    private static final Pattern TIME = Pattern.compile("name=\"slot\"");

    private SlotsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[2]).toAbsolutePath();
        Map<String, String> config = new HashMap<>();
        // The outbox relay polls every few seconds; the statement counts need a quiet server.
        config.put(ConfigKey.RELAY_INTERVAL.key(), "PT1H");
        try (BenchStack stack = new BenchStack(Path.of(args[0]), work, Path.of(args[1]), config)) {
            stack.start();
            ZoneId zone = ZoneId.of(ConfigKey.ZONE.defaultValue().orElseThrow());
            LocalDate today = LocalDate.now(zone);
            long seedStart = System.nanoTime();
            SlotsSeed seed = new SlotsSeed(stack.database().url(), zone, today);
            seed.run();
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            LOG.info(() -> String.format(Locale.ROOT, "Seeded %,d of %,d times booked in %.0f s", seed.booked(), seed.slots(),
                    seedSeconds));

            String base = stack.baseUrl();
            TimebokHttp probe = new TimebokHttp("2001:db8:18::1").at(base);
            int shown = timesOn(probe.get(page(today.plusWeeks(2))));
            LoadRun.Result live = LoadRun.run(IntakeBenchmark.liveClients(base), WARM_UP, MEASURE);
            LoadRun.Result times = LoadRun.run(pageClients(base, today, CLIENTS), WARM_UP, MEASURE, stack.profile("slots"));
            // One client at a time shows what a page costs when it does not queue behind 31 others.
            LoadRun.Result liveAlone = LoadRun.run(IntakeBenchmark.liveClients(base).subList(0, 1), ALONE_WARM_UP, ALONE_MEASURE);
            LoadRun.Result timesAlone = LoadRun.run(pageClients(base, today, 1), ALONE_WARM_UP, ALONE_MEASURE);

            try (StatementCounter counter = new StatementCounter(stack.database().url())) {
                counter.calibrate(5_000);
                Runnable one = () -> timesOn(probe.get(randomWeek(today)));
                Map<String, Double> perPage = counter.perRequest(COUNTED_REQUESTS, one);
                List<String> statements = counter.statementsOf(() -> timesOn(probe.get(page(today.plusWeeks(2)))));
                List<String> explain = new ArrayList<>();
                for (String sql : statements) {
                    if (sql.contains("FROM appointment")) {
                        explain.addAll(counter.explain(sql));
                    }
                }
                String report = new SlotsReport(seed, seedSeconds, shown, CLIENTS, WARM_UP, MEASURE)
                        .render(new SlotsReport.Loads(live, times, liveAlone, timesAlone), perPage, COUNTED_REQUESTS, statements, explain);
                Files.writeString(work.resolve("slots-results.md"), report);
                new Goals("slots")
                        .ratioAtLeast("free-times page / GET /health/live, " + CLIENTS + " clients", times.perSecond() / live.perSecond(),
                                SlotsReport.RATIO_GOAL)
                        .millisBelow("free-times page p99, " + CLIENTS + " clients", times.latencies().percentileMillis(99),
                                SlotsReport.P99_GOAL_MILLIS)
                        .writeTo(work);
                LOG.info(() -> "\n" + report + "\n(also in " + work.resolve("slots-results.md") + ")");
            }
        }
        System.exit(0);
    }

    /** Each client reads the page of a random week within the horizon, as patients browse it. */
    private static List<LoadRun.Client> pageClients(String base, LocalDate today, int count) {
        List<LoadRun.Client> clients = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            TimebokHttp http = new TimebokHttp("2001:db8:18::" + Integer.toHexString(c + 2)).at(base);
            clients.add(n -> {
                HttpResponse<String> response = http.get(randomWeek(today));
                return response.statusCode() == 200 && response.body().contains("id=\"pick-time\"");
            });
        }
        return clients;
    }

    private static String randomWeek(LocalDate today) {
        return page(today.plusDays(ThreadLocalRandom.current().nextInt(SlotsSeed.HORIZON_DAYS)));
    }

    private static String page(LocalDate day) {
        return "/times?visitType=" + SlotsSeed.VISIT_TYPE + "&week=" + day;
    }

    /** The times a page offers; a page that offers none measured nothing. */
    private static int timesOn(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The free-times page answered " + response.statusCode());
        }
        Matcher m = TIME.matcher(response.body());
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            throw new IllegalStateException("The free-times page offers no time: " + response.body());
        }
        return count;
    }
}
