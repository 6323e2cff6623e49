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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.peers.SentSms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Nothing lost, and no duplicate the relay cannot account for: 200 queued SMS through a gateway
 * that, like Sveve, does not deduplicate by {@code ref}, refuses 30% of calls with 503, answers 5%
 * too late (it took the message; the relay's 2 s timeout ran out, so the outcome is unknown) and
 * posts a delivery report for every SMS it took, 0.5 to 9 s later. The test domain's ambiguity
 * window is 5 s: a late-answered SMS whose report comes in the window is settled by it, one whose
 * report comes later is sent again (an ambiguous resend) and may be a second SMS. Then the same with
 * the server killed with SIGKILL mid-relay (reports posted meanwhile fail and come again on Sveve's
 * schedule) and started again.
 * <p>
 * Counted separately: lost (no SMS at the gateway, or not SENT/DELIVERED), duplicated (SMS at the
 * gateway beyond the first) and ambiguous resends (the relay's own count). None may be lost, and
 * every message's duplicates are at most its ambiguous resends.
 */
@ExtendWith(TimebokDeployment.class)
class ChaosIT {

    private static final Logger LOG = Logger.getLogger(ChaosIT.class.getName());

    /**
     * Enough for some sixty refused and ten late calls per test; a thousand cost every build four
     * more minutes. Volume is the relay benchmark's job (./bench.sh relay).
     */
    private static final int MESSAGES = 200;
    private static final Duration PATIENCE = Duration.ofMinutes(8);
    private static final String REPORTS = TimebokHttp.baseUrl() + "/messaging/callbacks/sveve/delivery-report";

    private final FakeSveveGateway sms = Peers.sms();

    @BeforeEach
    void reportLikeSveve() {
        sms.reportDeliveries(REPORTS, Peers.WEBHOOK_SECRET, Duration.ofMillis(500), Duration.ofSeconds(9));
    }

    @AfterEach
    void behave() {
        sms.behave();
        sms.stopReports();
    }

    @Test
    void underRandomFailuresAndTimeoutsNothingIsLostAndEveryDuplicateIsAnAmbiguousResend() throws Exception {
        sms.misbehave(0.30, 0.05, Duration.ofSeconds(3));
        String run = queue(MESSAGES);

        awaitAllSettled(run);

        assertNoneLostAndDuplicatesAccountedFor(run, "random failures and timeouts");
    }

    @Test
    void killingTheServerWithSigkillMidRelayLosesNothingAndEveryDuplicateIsAnAmbiguousResend() throws Exception {
        sms.misbehave(0.30, 0.05, Duration.ofSeconds(3));
        String run = queue(MESSAGES);
        Peers.await(PATIENCE, "the relay to be under way", () -> settled(run) >= MESSAGES / 5);

        Path domains = Path.of(System.getProperty("timebok.it.domainsDir"));
        long pid = Long.parseLong(Files.readString(domains.resolve("timebok/config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get();
        long settledAtKill = settled(run);
        assertTrue(settledAtKill < MESSAGES, "killed while messages were still queued: " + settledAtKill);

        new PayaraDomain(Path.of(System.getProperty("timebok.it.payaraHome")), domains).start();
        Peers.await(Duration.ofMinutes(3), "the restarted server to be ready",
                () -> TimebokHttp.operations().get("/health/ready").statusCode() == 200);

        awaitAllSettled(run);

        assertNoneLostAndDuplicatesAccountedFor(run, "SIGKILL mid-relay");
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

    /** Messages of the run the gateway took and answered or reported: SENT or DELIVERED. */
    private static long settled(String run) {
        try {
            return TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference LIKE ?"
                    + " AND state IN ('SENT', 'DELIVERED')", run + "%");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAllSettled(String run) throws Exception {
        Peers.await(PATIENCE, "all " + MESSAGES + " messages SENT or DELIVERED", () -> settled(run) == MESSAGES);
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference LIKE ?"
                + " AND state NOT IN ('SENT', 'DELIVERED')", run + "%"));
    }

    private void assertNoneLostAndDuplicatesAccountedFor(String run, String scenario) throws Exception {
        List<Map<String, Object>> rows = TestDatabase.query("SELECT id, subject_reference, attempts, ambiguous_resends"
                + " FROM outbox_message WHERE subject_reference LIKE ?", run + "%");
        Map<String, List<SentSms>> atGateway = sms.sent().stream()
                .filter(s -> s.text().contains(run))
                .collect(Collectors.groupingBy(SentSms::reference));
        List<String> lost = new ArrayList<>();
        List<String> unaccounted = new ArrayList<>();
        long duplicated = 0;
        long ambiguous = 0;
        long attempts = 0;
        for (Map<String, Object> row : rows) {
            String reference = "tb-" + row.get("id");
            List<SentSms> copies = atGateway.getOrDefault(reference, List.of());
            int resends = ((Number) row.get("ambiguous_resends")).intValue();
            if (copies.isEmpty() || !copies.stream().allMatch(c -> c.text().contains((String) row.get("subject_reference")))) {
                lost.add(reference);
            }
            if (copies.size() - 1 > resends) {
                unaccounted.add(reference + " x" + copies.size() + " after " + resends + " ambiguous resends");
            }
            duplicated += Math.max(0, copies.size() - 1);
            ambiguous += resends;
            attempts += ((Number) row.get("attempts")).longValue();
        }
        String counts = String.format(Locale.ROOT, "ChaosIT %s: %d messages, %d attempts, lost %d, duplicated %d,"
                + " ambiguous resends %d", scenario, rows.size(), attempts, lost.size(), duplicated, ambiguous);
        LOG.info(counts);
        assertEquals(MESSAGES, rows.size());
        assertEquals(List.of(), lost, "every message at the gateway, with its own text");
        assertEquals(List.of(), unaccounted, "a message's duplicates are at most its ambiguous resends");
        assertTrue(duplicated <= ambiguous, duplicated + " duplicated, " + ambiguous + " ambiguous resends");
        assertTrue(attempts > MESSAGES * 1.2, "the failures really happened and were retried: " + attempts + " attempts");
        assertTrue(rows.stream().anyMatch(row -> sms.lateAnswers("tb-" + row.get("id")) > 0),
                "some sends were answered too late, so their outcome was unknown");
    }
}
