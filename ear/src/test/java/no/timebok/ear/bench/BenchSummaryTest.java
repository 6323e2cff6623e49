package no.timebok.ear.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchSummaryTest {

    @TempDir
    Path dir;

    @Test
    void aGoalRowSurvivesItsFileAndJudgesEachComparison() throws Exception {
        new Goals("intake")
                .ratioAtLeast("form POST / GET /health/live", 0.42, 0.5)
                .millisBelow("form POST p99", 99.9, 100)
                .ratioAtMost("form p99 during a purge / idle", 2.0, 2)
                .countAtMost("SQL statements per request", 5, 4, "statements")
                .writeTo(dir);

        List<Goals.Row> rows = Goals.read(dir, "intake");

        assertEquals(List.of(false, true, true, false), rows.stream().map(Goals.Row::met).toList());
        assertEquals("0.42×", rows.get(0).valueText());
        assertEquals("≥ 0.50×", rows.get(0).goalText());
        assertEquals("< 100 ms", rows.get(1).goalText());
        assertEquals("5 statements", rows.get(3).valueText());
    }

    @Test
    void aBenchmarkThatWroteNoRowsCountsAsAMissedGoal() throws Exception {
        new Goals("relay").ratioAtLeast("relay / the fake gateway's capacity", 0.85, 0.8).writeTo(dir);

        String summary = BenchSummary.render("Run of 7 December.", List.of("relay", "purge"), List.of(), dir);

        assertTrue(summary.contains("| relay | relay / the fake gateway's capacity | 0.85× | ≥ 0.80× | yes |"), summary);
        assertTrue(summary.contains("| purge | did not finish (see its log) | | | no |"), summary);
        assertTrue(summary.contains("1 of 2 goals met. Did not finish: purge."), summary);
    }

    @Test
    void aBenchmarkWithNoGoalIsListedButNotCounted() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("cluster-results.md"), "Cluster sizing benchmark");

        String summary = BenchSummary.render("", List.of("cluster"), List.of(), dir);

        assertTrue(summary.contains("| cluster | no goal set (measured for sizing) | see `cluster-results.md` | | – |"), summary);
        assertTrue(summary.contains("0 of 0 goals met."), summary);
    }

    @Test
    void aBenchmarkThatFailedAfterWritingRowsIsNotTrusted() throws Exception {
        new Goals("queue").ratioAtLeast("API first page / GET /health/live", 0.6, 0.5).writeTo(dir);

        String summary = BenchSummary.render("", List.of("queue"), List.of("queue"), dir);

        assertTrue(summary.contains("0 of 1 goals met. Did not finish: queue."), summary);
    }
}
