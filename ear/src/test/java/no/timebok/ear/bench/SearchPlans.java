package no.timebok.ear.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan MariaDB picks for a search's queries at each size the table passes through while it is
 * seeded, so a report shows whether the plan stays the same as the table grows.
 */
final class SearchPlans {

    private final String url;
    private final Map<String, List<String>> plans = new LinkedHashMap<>();

    SearchPlans(String url) {
        this.url = url;
    }

    /** The EXPLAIN of each query on {@code booking_request} that one run of {@code search} sends. */
    void explainAt(int rows, String what, Runnable search) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (StatementCounter counter = new StatementCounter(url)) {
            for (String sql : counter.statementsOf(search)) {
                if (sql.regionMatches(true, 0, "SELECT", 0, 6) && sql.contains("booking_request")) {
                    String shown = sql.replaceAll("\\s+", " ");
                    lines.add("`" + (shown.length() > 160 ? shown.substring(0, 160) + " …" : shown) + "`");
                    counter.explain(sql).forEach(line -> lines.add("  - EXPLAIN: " + line));
                }
            }
        }
        plans.put(String.format(Locale.ROOT, "%s at %,d rows", what, rows), lines);
    }

    String report() {
        StringBuilder r = new StringBuilder();
        for (Map.Entry<String, List<String>> p : plans.entrySet()) {
            r.append(String.format("%nPlan of the %s:%n%n", p.getKey()));
            p.getValue().forEach(line -> r.append(line.startsWith("  ") ? line : "- " + line).append('\n'));
        }
        return r.toString();
    }
}
