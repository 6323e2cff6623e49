package no.timebok.ear.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one table of a {@code ./bench.sh all} run: every benchmark's rows against the performance
 * issue's goals, and whether each is met, written to {@code summary.md} beside the reports.
 * Arguments: the reports' directory, then the benchmarks in the order they ran.
 * {@code TIMEBOK_BENCH_RUN} describes the run (commit, start, load); {@code TIMEBOK_BENCH_FAILED}
 * names benchmarks that ended in an error.
 */
public final class BenchSummary {

    private BenchSummary() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> benchmarks = List.of(args).subList(1, args.length);
        Map<String, String> env = System.getenv();
        List<String> failed = List.of(env.getOrDefault("TIMEBOK_BENCH_FAILED", "").split("\\s+"));
        String summary = render(env.getOrDefault("TIMEBOK_BENCH_RUN", ""), benchmarks, failed, dir);
        Files.writeString(dir.resolve("summary.md"), summary);
        System.out.println(summary);
    }

    static String render(String run, List<String> benchmarks, List<String> failed, Path dir) throws IOException {
        StringBuilder r = new StringBuilder("Benchmarks, one `./bench.sh all` run. ").append(run).append("\n\n");
        r.append("| benchmark | measure | measured | goal | met |\n| --- | --- | --- | --- | --- |\n");
        int met = 0;
        int all = 0;
        List<String> missing = new ArrayList<>();
        for (String benchmark : benchmarks) {
            List<Goals.Row> rows = Goals.read(dir, benchmark);
            boolean reported = Files.exists(dir.resolve(benchmark + "-results.md"));
            if (rows.isEmpty() && reported && !failed.contains(benchmark)) {
                // Sizing and cost benchmarks of earlier issues: measured, with no goal to meet.
                r.append("| ").append(benchmark).append(" | no goal set (measured for sizing) | see `").append(benchmark)
                        .append("-results.md` | | – |\n");
                continue;
            }
            if (rows.isEmpty() || failed.contains(benchmark)) {
                missing.add(benchmark);
                r.append("| ").append(benchmark).append(" | did not finish (see its log) | | | no |\n");
                all++;
                continue;
            }
            for (Goals.Row row : rows) {
                all++;
                met += row.met() ? 1 : 0;
                r.append("| ").append(benchmark).append(" | ").append(row.measure()).append(" | ").append(row.valueText())
                        .append(" | ").append(row.goalText()).append(" | ").append(row.met() ? "yes" : "**no**").append(" |\n");
            }
        }
        r.append('\n').append(met).append(" of ").append(all).append(" goals met.");
        if (!missing.isEmpty()) {
            r.append(" Did not finish: ").append(String.join(", ", missing)).append('.');
        }
        r.append(" Each benchmark's own report (`<benchmark>-results.md`) beside this file has the details.\n");
        return r.toString();
    }
}
