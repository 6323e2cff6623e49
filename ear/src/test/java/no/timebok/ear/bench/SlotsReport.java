package no.timebok.ear.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The free-times benchmark's result as Markdown, with its verdict against the goal. */
final class SlotsReport {

    static final double P99_GOAL_MILLIS = 50;
    static final double RATIO_GOAL = 0.5;

    private final SlotsSeed seed;
    private final double seedSeconds;
    private final int timesShown;
    private final int clients;
    private final Duration warmUp;
    private final Duration measure;

    SlotsReport(SlotsSeed seed, double seedSeconds, int timesShown, int clients, Duration warmUp, Duration measure) {
        this.seed = seed;
        this.seedSeconds = seedSeconds;
        this.timesShown = timesShown;
        this.clients = clients;
        this.warmUp = warmUp;
        this.measure = measure;
    }

    /** The page and its baseline with all clients, and each with one client alone. */
    record Loads(LoadRun.Result live, LoadRun.Result page, LoadRun.Result liveAlone, LoadRun.Result pageAlone) {
    }

    String render(Loads loads, Map<String, Double> perPage, int counted, List<String> statements,
                  List<String> explainBooked) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Free-times benchmark: a clinic of %d resources open Monday–Friday 08:00–16:00,"
                + " %,d of its %,d 30-minute times over the next %d days booked (%.1f %%; seeded in %.0f s); a page two weeks"
                + " ahead offers %d times. %d clients, %d s measured after %d s warm-up, loopback, one run.%n%n",
                SlotsSeed.RESOURCES, seed.booked(), seed.slots(), SlotsSeed.HORIZON_DAYS, 100.0 * seed.booked() / seed.slots(),
                seedSeconds, timesShown, clients, measure.toSeconds(), warmUp.toSeconds()));
        r.append("| request | per second | ratio to /health/live | p50 ms | p95 ms | p99 ms | unexpected answers |\n");
        r.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        LoadRun.Result live = loads.live();
        LoadRun.Result page = loads.page();
        row(r, "GET /health/live (baseline), " + clients + " clients", live, live);
        row(r, "GET /times?visitType=…&week=… (random week), " + clients + " clients", page, live);
        row(r, "GET /health/live, 1 client", loads.liveAlone(), loads.liveAlone());
        row(r, "GET /times?visitType=…&week=…, 1 client", loads.pageAlone(), loads.liveAlone());
        r.append(String.format(Locale.ROOT, "%nSQL statements per page, counted at MariaDB (SHOW GLOBAL STATUS deltas over %d"
                + " pages one at a time, less the counting's own and the idle server's): %.1f (%.1f SELECT, %.1f INSERT,"
                + " %.1f UPDATE, %.1f DELETE).%n", counted, perPage.get("Questions"), perPage.get("Com_select"),
                perPage.get("Com_insert"), perPage.get("Com_update"), perPage.get("Com_delete")));
        r.append("\nStatements of one page (general log):\n\n");
        for (String sql : statements) {
            String shown = sql.replaceAll("\\s+", " ");
            r.append("- `").append(shown.length() > 300 ? shown.substring(0, 300) + " …" : shown).append("`\n");
        }
        r.append("\nEXPLAIN of the booked-time query (two weeks ahead):\n\n");
        explainBooked.forEach(line -> r.append("- ").append(line).append('\n'));
        double p99 = page.latencies().percentileMillis(99);
        double ratio = page.perSecond() / live.perSecond();
        boolean latencyMet = p99 < P99_GOAL_MILLIS;
        boolean rateMet = ratio >= RATIO_GOAL && page.unexpected() == 0;
        r.append(String.format(Locale.ROOT, "%n%s p99 %.1f ms (goal < %.0f ms)%n", latencyMet ? "PASS" : "FAIL", p99, P99_GOAL_MILLIS));
        r.append(String.format(Locale.ROOT, "%s ratio to /health/live %.2f (goal ≥ %.1f, no unexpected answers)%n",
                rateMet ? "PASS" : "FAIL", ratio, RATIO_GOAL));
        r.append(latencyMet && rateMet ? "PASS: the free-times page meets the goal\n" : "FAIL: the free-times page misses the goal\n");
        return r.toString();
    }

    private static void row(StringBuilder r, String what, LoadRun.Result v, LoadRun.Result baseline) {
        r.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.1f | %.1f | %.1f | %d |%n", what, v.perSecond(),
                v.perSecond() / baseline.perSecond(), v.latencies().percentileMillis(50), v.latencies().percentileMillis(95),
                v.latencies().percentileMillis(99), v.unexpected()));
    }
}
