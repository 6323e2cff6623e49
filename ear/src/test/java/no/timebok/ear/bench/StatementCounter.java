package no.timebok.ear.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the SQL statements the server sends, at the database: deltas of MariaDB's global status
 * counters over a number of requests, less what the counting itself and the server's background
 * work add in the same time. The general log shows which statements one request sends.
 */
final class StatementCounter implements AutoCloseable {

    /** Statements of any kind, then the kinds worth telling apart. */
    static final List<String> COUNTERS = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_delete");

    private final Connection connection;
    private final Map<String, Double> idlePerSecond = new HashMap<>();
    private Map<String, Long> overhead = Map.of();

    StatementCounter(String url) throws SQLException {
        connection = DriverManager.getConnection(url, "root", "");
    }

    /** Measures what a reading costs by itself, and what the idle server sends in {@code millis}. */
    void calibrate(long millis) throws Exception {
        Map<String, Long> first = read();
        Map<String, Long> second = read();
        overhead = minus(second, first);
        Map<String, Long> before = read();
        Thread.sleep(millis);
        Map<String, Long> after = read();
        Map<String, Long> idle = minus(minus(after, before), overhead);
        for (String counter : COUNTERS) {
            idlePerSecond.put(counter, idle.get(counter) * 1000.0 / millis);
        }
    }

    Map<String, Double> idlePerSecond() {
        return Map.copyOf(idlePerSecond);
    }

    /** Per request: each counter's delta over {@code requests} sequential runs of {@code request}, corrected. */
    Map<String, Double> perRequest(int requests, Runnable request) throws SQLException {
        Map<String, Long> before = read();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            request.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Long> delta = minus(read(), before);
        Map<String, Double> per = new HashMap<>();
        for (String counter : COUNTERS) {
            double background = idlePerSecond.getOrDefault(counter, 0.0) * seconds;
            per.put(counter, (delta.get(counter) - overhead.getOrDefault(counter, 0L) - background) / requests);
        }
        return per;
    }

    /** The statements other connections send while {@code request} runs once, from the general log. */
    List<String> statementsOf(Runnable request) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
            try {
                request.run();
            } finally {
                s.execute("SET GLOBAL general_log = 0");
            }
            List<String> statements = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT command_type, CONVERT(argument USING utf8mb4) FROM mysql.general_log"
                    + " WHERE thread_id <> CONNECTION_ID() AND command_type IN ('Query', 'Execute') ORDER BY event_time")) {
                while (rs.next()) {
                    statements.add(rs.getString(2));
                }
            }
            return statements;
        }
    }

    /** EXPLAIN of one statement, a line per table it reads. */
    List<String> explain(String select) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + select)) {
            while (rs.next()) {
                lines.add(String.format("table=%s type=%s key=%s rows=%s extra=%s", rs.getString("table"), rs.getString("type"),
                        rs.getString("key"), rs.getString("rows"), rs.getString("Extra")));
            }
        }
        return lines;
    }

    private Map<String, Long> read() throws SQLException {
        Map<String, Long> values = new HashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN"
                + " ('Questions', 'Com_select', 'Com_insert', 'Com_update', 'Com_delete')")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getLong(2));
            }
        }
        return values;
    }

    private static Map<String, Long> minus(Map<String, Long> later, Map<String, Long> earlier) {
        Map<String, Long> delta = new HashMap<>();
        for (String counter : COUNTERS) {
            delta.put(counter, later.getOrDefault(counter, 0L) - earlier.getOrDefault(counter, 0L));
        }
        return delta;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
