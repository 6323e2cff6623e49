package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing lost, nothing doubled: 200 queued SMS through a gateway that refuses 30% of calls and
 * answers 5% too late (it took the message, the relay timed out and retries), and then the same
 * with the server killed with SIGKILL in the middle of relaying and started again. Every message
 * must end SENT, and the gateway must hold exactly one SMS for each.
 */
@ExtendWith(TimebokDeployment.class)
class ChaosIT {

    /**
     * Enough for some sixty refused and ten late calls per test; a thousand cost every build four
     * more minutes. Volume is the relay benchmark's job (./bench.sh relay).
     */
    private static final int MESSAGES = 200;
    private static final Duration PATIENCE = Duration.ofMinutes(8);

    private final FakeSveveGateway sms = Peers.sms();

    @AfterEach
    void behave() {
        sms.behave();
    }

    @Test
    void underRandomFailuresAndTimeoutsEveryMessageIsDeliveredExactlyOnce() throws Exception {
        sms.misbehave(0.30, 0.05, Duration.ofSeconds(3));
        String run = queue(MESSAGES);

        awaitAllSent(run);

        assertExactlyOnceAtTheGateway(run);
    }

    @Test
    void killingTheServerWithSigkillMidRelayLosesAndDoublesNothing() throws Exception {
        sms.misbehave(0.30, 0.05, Duration.ofSeconds(3));
        String run = queue(MESSAGES);
        Peers.await(PATIENCE, "the relay to be under way", () -> sent(run) >= MESSAGES / 5);

        Path domains = Path.of(System.getProperty("timebok.it.domainsDir"));
        long pid = Long.parseLong(Files.readString(domains.resolve("timebok/config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get();
        long sentAtKill = sent(run);
        assertTrue(sentAtKill < MESSAGES, "killed while messages were still queued: " + sentAtKill);

        new PayaraDomain(Path.of(System.getProperty("timebok.it.payaraHome")), domains).start();
        Peers.await(Duration.ofMinutes(3), "the restarted server to be ready",
                () -> TimebokHttp.operations().get("/health/ready").statusCode() == 200);

        awaitAllSent(run);

        assertExactlyOnceAtTheGateway(run);
    }

    /**
     * Writes {@code count} due SMS into the outbox, as booking's transactions would; returns the
     * run's tag. They belong to a clinic of their own (90), so they use up no real clinic's daily cap.
     */
    private static String queue(int count) throws Exception {
        String run = "C" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        try (Connection connection = TestDatabase.connect();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_message (kind, clinic_id,"
                     + " subject_reference, channel, recipient, language, fields_json, state, attempts, next_attempt_at,"
                     + " created_at) VALUES ('REQUEST_RECEIVED', 90, ?, 'SMS', ?, 'nb', ?, 'QUEUED', 0, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                String reference = run + String.format("%04d", i);
                insert.setString(1, reference);
                insert.setString(2, String.format("+479%07d", Math.floorMod((run + i).hashCode(), 10_000_000)));
                insert.setString(3, "{\"REFERENCE\":\"" + reference + "\",\"CLINIC\":\"Kaosklinikken\"}");
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
        return run;
    }

    private static long sent(String run) {
        try {
            return TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference LIKE ?"
                    + " AND state = 'SENT'", run + "%");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAllSent(String run) throws Exception {
        Peers.await(PATIENCE, "all " + MESSAGES + " messages SENT", () -> sent(run) == MESSAGES);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference LIKE ?"
                + " AND state <> 'SENT'", run + "%"));
    }

    private void assertExactlyOnceAtTheGateway(String run) throws Exception {
        List<Map<String, Object>> rows = TestDatabase.query("SELECT id, subject_reference, attempts FROM outbox_message"
                + " WHERE subject_reference LIKE ?", run + "%");
        Map<String, List<SentSms>> atGateway = sms.sent().stream()
                .filter(s -> s.text().contains(run))
                .collect(Collectors.groupingBy(SentSms::reference));
        List<String> wrong = new ArrayList<>();
        long attempts = 0;
        for (Map<String, Object> row : rows) {
            String reference = "tb-" + row.get("id");
            List<SentSms> copies = atGateway.getOrDefault(reference, List.of());
            if (copies.size() != 1 || !copies.get(0).text().contains((String) row.get("subject_reference"))) {
                wrong.add(reference + " x" + copies.size());
            }
            attempts += ((Number) row.get("attempts")).longValue();
        }
        assertEquals(MESSAGES, rows.size());
        assertEquals(List.of(), wrong, "each message exactly once at the gateway");
        assertEquals(MESSAGES, atGateway.values().stream().mapToInt(List::size).sum());
        assertTrue(attempts > MESSAGES * 1.2, "the failures really happened and were retried: " + attempts + " attempts");
        Function<String, Long> sentByGateway = ref -> sms.attempts(ref);
        assertTrue(rows.stream().anyMatch(row -> sentByGateway.apply("tb-" + row.get("id")) > 1),
                "some sends reached the gateway twice (a late answer) and were taken once");
    }
}
