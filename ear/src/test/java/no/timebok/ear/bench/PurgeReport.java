package no.timebok.ear.bench;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** The purge benchmark's report and goals, from what {@link PurgeBenchmark} measured. */
final class PurgeReport {

    private PurgeReport() {
    }

    static String text(Map<String, RawPurgeBaselines.Timing> raw, Map<String, double[]> alone,
                       Map<String, Double> aloneCleanedUp, Map<String, double[]> loaded,
                       LoadRun.Result quiet, LoadRun.Result busy, Instant loadFrom) {
        StringBuilder r = new StringBuilder();
        r.append(String.format(Locale.ROOT, "Purge benchmark: %,d expired requests and %,d messages of an earlier month, one run."
                + " Purge alone: each policy by itself, as its own schedule runs it (04:10, 04:20, 00:15 on the 1st)."
                + " Under form load: all three after one start, as after an outage across their schedules, booking's two one after"
                + " the other and correspondence beside them.%n%n", PurgeBenchmark.ROWS, PurgeBenchmark.ROWS));
        r.append("Seconds until the run ended (the statement returned), and until InnoDB had also purged the undo"
                + " (the statement's deferred clean-up; a chunked run does its own beside later chunks).\n\n");
        r.append("| policy | rows | purge alone s | until clean s | raw SQL s | until clean s | ratio, ended | ratio, clean (goal ≥ 0.7)"
                + " | rows/s under form load | ratio to raw, ended |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<String, double[]> p : alone.entrySet()) {
            double[] v = p.getValue();
            RawPurgeBaselines.Timing base = raw.get(p.getKey());
            double cleanedUp = aloneCleanedUp.get(p.getKey());
            double[] l = loaded.get(p.getKey());
            double loadedRate = l[0] / Math.max(l[1], 0.001);
            r.append(String.format(Locale.ROOT, "| %s | %,.0f | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %,.0f | %.2f |%n", p.getKey(),
                    v[0], v[1], cleanedUp, base.statementSeconds(), base.cleanedUpSeconds(),
                    v[0] / Math.max(v[1], 0.001) / base.statementRate(), v[0] / Math.max(cleanedUp, 0.001) / base.cleanedUpRate(),
                    loadedRate, loadedRate / base.statementRate()));
        }
        long purgeFrom = loaded.values().stream().mapToLong(v -> (long) v[2]).min().orElse(0);
        long purgeUntil = loaded.values().stream().mapToLong(v -> (long) v[3]).max().orElse(0);
        long measuredFrom = loadFrom.toEpochMilli() + PurgeBenchmark.WARM_UP.toMillis();
        long measuredUntil = measuredFrom + PurgeBenchmark.MEASURE.toMillis();
        long overlap = Math.max(0, Math.min(purgeUntil, measuredUntil) - Math.max(purgeFrom, measuredFrom));
        r.append(String.format(Locale.ROOT, "%n| public form POST, %d clients | requests/s | p50 ms | p99 ms | p99 ratio (goal ≤ 2) |%n"
                + "| --- | --- | --- | --- | --- |%n", PurgeBenchmark.FORM_CLIENTS));
        r.append(String.format(Locale.ROOT, "| after a start with nothing to purge | %.0f | %.1f | %.1f | 1.00 |%n", quiet.perSecond(),
                quiet.latencies().percentileMillis(50), quiet.latencies().percentileMillis(99)));
        r.append(String.format(Locale.ROOT, "| during the purge | %.0f | %.1f | %.1f | %.2f |%n", busy.perSecond(),
                busy.latencies().percentileMillis(50), busy.latencies().percentileMillis(99),
                busy.latencies().percentileMillis(99) / quiet.latencies().percentileMillis(99)));
        r.append(String.format(Locale.ROOT, "%nUnder load the purges ran %.1f s in all; %.1f s of the %d s measured overlapped them."
                        + " Unexpected answers: %d without, %d during.%n", (purgeUntil - purgeFrom) / 1000.0, overlap / 1000.0,
                PurgeBenchmark.MEASURE.toSeconds(), quiet.unexpected(), busy.unexpected()));
        return r.toString();
    }

    static Goals goals(Map<String, RawPurgeBaselines.Timing> raw, Map<String, double[]> alone, Map<String, Double> aloneCleanedUp,
                       LoadRun.Result quiet, LoadRun.Result busy) {
        Goals goals = new Goals("purge");
        for (Map.Entry<String, double[]> p : alone.entrySet()) {
            double rate = p.getValue()[0] / Math.max(aloneCleanedUp.get(p.getKey()), 0.001);
            goals.ratioAtLeast(p.getKey() + " purge rows/s / one raw SQL statement, both until InnoDB purged their undo",
                    rate / raw.get(p.getKey()).cleanedUpRate(), 0.7);
        }
        return goals.ratioAtMost("form POST p99 during a purge / idle p99",
                busy.latencies().percentileMillis(99) / quiet.latencies().percentileMillis(99), 2);
    }
}
