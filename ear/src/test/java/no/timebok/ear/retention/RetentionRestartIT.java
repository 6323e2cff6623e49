package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.awaitChecksSince;
import static no.timebok.ear.retention.RetentionFixtures.lastReceiptId;
import static no.timebok.ear.retention.RetentionFixtures.message;
import static no.timebok.ear.retention.RetentionFixtures.messageRows;
import static no.timebok.ear.retention.RetentionFixtures.receiptsAfter;
import static no.timebok.ear.retention.RetentionFixtures.request;
import static no.timebok.ear.retention.RetentionFixtures.requestRow;
import static no.timebok.ear.retention.RetentionRunsIT.oslo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.dev.PayaraDomain;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server itself stopped across the policies' scheduled times (00:15 on the 1st, 04:10 and
 * 04:20 daily) and started again: each overdue policy is caught up exactly once. Unlike
 * {@code RetentionRunsIT}, which stops and starts the application, this stops and starts Payara
 * itself; that a start with nothing missed runs nothing is {@code RetentionRunsIT}'s to show, since
 * the same start-up check decides it either way and a second server restart cost every build 25 s.
 */
@ExtendWith(TimebokDeployment.class)
class RetentionRestartIT {

    private final PayaraDomain payara = new PayaraDomain(Path.of(System.getProperty("timebok.it.payaraHome")),
            Path.of(System.getProperty("timebok.it.domainsDir")));

    @BeforeAll
    static void startUpRunsDone() throws Exception {
        RetentionState.awaitStartUpRuns();
    }

    @AfterEach
    void realTime() throws SQLException {
        TestClock.reset();
        RetentionState.clear();
    }

    @Test
    void aServerDownAcrossTheScheduledTimesCatchesUpEachPolicyOnce() throws Exception {
        RetentionState.clear();
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        TestClock.set(oslo("2035-05-31T12:00:00"));
        StaffApi.logInAgain(privacy);
        for (String policy : List.of("free-text", "contact-data", "correspondence")) {
            assertEquals("SUCCEEDED", StaffApi.runNow(privacy, policy).getString("outcome"), policy);
        }
        // Due only by the cutoffs after the restart: 21 days before 1 June 05:00, and the end of May.
        String freeTextDue = request(oslo("2035-05-10T15:00:00"));
        long mayMessage = message(freeTextDue, oslo("2035-05-31T18:00:00"));

        long mark = lastReceiptId();
        restartWithClockAt(oslo("2035-06-01T05:00:00"));
        awaitChecksSince(oslo("2035-06-01T05:00:00"));

        List<Map<String, Object>> catchUp = receiptsAfter(mark);
        assertEquals(List.of("CONTACT_DATA", "CORRESPONDENCE", "FREE_TEXT"),
                catchUp.stream().map(r -> (String) r.get("policy")).sorted().toList(), "one run per overdue policy: " + catchUp);
        assertTrue(catchUp.stream().allMatch(r -> "CATCH_UP".equals(r.get("trigger_kind")) && "SUCCEEDED".equals(r.get("outcome"))),
                catchUp.toString());
        assertNull(requestRow(freeTextDue).get("free_text_sealed"), "the catch-up did the missed run's work");
        assertNotNull(requestRow(freeTextDue).get("phone_e164"), "and no more");
        assertEquals(List.of(), messageRows(mayMessage), "May's message went with May");
    }

    private void restartWithClockAt(java.time.Instant instant) throws Exception {
        payara.stop();
        TestClock.set(instant);
        payara.start();
        Peers.await(Duration.ofMinutes(3), "the restarted server to be ready",
                () -> TimebokHttp.operations().get("/health/ready").statusCode() == 200);
    }
}
