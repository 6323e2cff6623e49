package no.timebok.ear.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark's results measured against the performance issue's goals, kept beside its report
 * as {@code goals-<benchmark>.tsv} so that {@link BenchSummary} can put every benchmark of one
 * {@code ./bench.sh all} run in one table.
 */
final class Goals {

    /** How a measured value must compare with its goal. */
    enum Comparison {
        AT_LEAST("≥"), BELOW("<"), AT_MOST("≤");

        private final String sign;

        Comparison(String sign) {
            this.sign = sign;
        }

        boolean holds(double value, double goal) {
            return switch (this) {
                case AT_LEAST -> value >= goal;
                case BELOW -> value < goal;
                case AT_MOST -> value <= goal;
            };
        }
    }

    /** One measured value and its goal; {@code unit} is "×" for a ratio to a baseline of the same run. */
    record Row(String benchmark, String measure, double value, Comparison comparison, double goal, String unit) {

        boolean met() {
            return comparison.holds(value, goal);
        }

        String valueText() {
            return format(value) + unitSuffix();
        }

        String goalText() {
            return comparison.sign + " " + format(goal) + unitSuffix();
        }

        private String unitSuffix() {
            return unit.isEmpty() ? "" : unit.equals("×") ? "×" : " " + unit;
        }

        private static String format(double v) {
            return v == Math.rint(v) && Math.abs(v) >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        }

        String tsv() {
            return String.join("\t", benchmark, measure, Double.toString(value), comparison.name(), Double.toString(goal), unit);
        }

        static Row parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalArgumentException("Not a goal row: " + line);
            }
            return new Row(f[0], f[1], Double.parseDouble(f[2]), Comparison.valueOf(f[3]), Double.parseDouble(f[4]), f[5]);
        }
    }

    private final String benchmark;
    private final List<Row> rows = new ArrayList<>();

    Goals(String benchmark) {
        this.benchmark = benchmark;
    }

    /** A ratio to a baseline measured in the same run that must reach {@code goal}. */
    Goals ratioAtLeast(String measure, double ratio, double goal) {
        return add(measure, ratio, Comparison.AT_LEAST, goal, "×");
    }

    /** A latency that must stay under {@code goalMillis}. */
    Goals millisBelow(String measure, double millis, double goalMillis) {
        return add(measure, millis, Comparison.BELOW, goalMillis, "ms");
    }

    /** A ratio (of two latencies, say) that must not exceed {@code goal}. */
    Goals ratioAtMost(String measure, double ratio, double goal) {
        return add(measure, ratio, Comparison.AT_MOST, goal, "×");
    }

    /** A count (SQL statements per request, say) that must not exceed {@code goal}. */
    Goals countAtMost(String measure, double count, double goal, String unit) {
        return add(measure, count, Comparison.AT_MOST, goal, unit);
    }

    private Goals add(String measure, double value, Comparison comparison, double goal, String unit) {
        rows.add(new Row(benchmark, measure, value, comparison, goal, unit));
        return this;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Writes the rows beside the benchmark's report, replacing an earlier run's. */
    void writeTo(Path dir) throws IOException {
        List<String> lines = rows.stream().map(Row::tsv).toList();
        Files.write(file(dir, benchmark), lines);
    }

    static Path file(Path dir, String benchmark) {
        return dir.resolve("goals-" + benchmark + ".tsv");
    }

    /** The rows a benchmark wrote, or none when it did not finish. */
    static List<Row> read(Path dir, String benchmark) throws IOException {
        Path file = file(dir, benchmark);
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).map(Row::parse).toList();
    }
}
