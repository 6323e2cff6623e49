package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.Peers;
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
        RelayLedger ledger = new RelayLedger(MESSAGES);

        ledger.awaitAllSettled(PATIENCE);

        assertNoneLostAndDuplicatesAccountedFor(ledger, "random failures and timeouts");
    }

    @Test
    void killingTheServerWithSigkillMidRelayLosesNothingAndEveryDuplicateIsAnAmbiguousResend() throws Exception {
        sms.misbehave(0.30, 0.05, Duration.ofSeconds(3));
        RelayLedger ledger = new RelayLedger(MESSAGES);
        Peers.await(PATIENCE, "the relay to be under way", () -> ledger.settled() >= MESSAGES / 5);

        Path domains = Path.of(System.getProperty("timebok.it.domainsDir"));
        long pid = Long.parseLong(Files.readString(domains.resolve("timebok/config/pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get();
        long settledAtKill = ledger.settled();
        assertTrue(settledAtKill < MESSAGES, "killed while messages were still queued: " + settledAtKill);

        new PayaraDomain(Path.of(System.getProperty("timebok.it.payaraHome")), domains).start();
        Peers.await(Duration.ofMinutes(3), "the restarted server to be ready",
                () -> TimebokHttp.operations().get("/health/ready").statusCode() == 200);

        ledger.awaitAllSettled(PATIENCE);

        assertNoneLostAndDuplicatesAccountedFor(ledger, "SIGKILL mid-relay");
    }

    private void assertNoneLostAndDuplicatesAccountedFor(RelayLedger ledger, String scenario) throws Exception {
        RelayLedger.Tally tally = ledger.tally(sms);
        LOG.info("ChaosIT " + tally.summary(scenario));
        assertEquals(MESSAGES, tally.messages());
        assertEquals(List.of(), tally.lost(), "every message at the gateway, with its own text");
        assertEquals(List.of(), tally.unaccounted(), "a message's duplicates are at most its ambiguous resends");
        assertTrue(tally.duplicated() <= tally.ambiguousResends(), tally.summary(scenario));
        assertTrue(tally.attempts() > MESSAGES * 1.2, "the failures really happened and were retried: " + tally.summary(scenario));
        assertTrue(tally.anyLateAnswer(), "some sends were answered too late, so their outcome was unknown");
    }
}
