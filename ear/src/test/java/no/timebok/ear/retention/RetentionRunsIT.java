package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.awaitChecksSince;
import static no.timebok.ear.retention.RetentionFixtures.awaitFinishedRuns;
import static no.timebok.ear.retention.RetentionFixtures.lastReceiptId;
import static no.timebok.ear.retention.RetentionFixtures.message;
import static no.timebok.ear.retention.RetentionFixtures.messageRows;
import static no.timebok.ear.retention.RetentionFixtures.receiptsAfter;
import static no.timebok.ear.retention.RetentionFixtures.request;
import static no.timebok.ear.retention.RetentionFixtures.requestRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.clock.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking policies end to end: each test seeds rows in the past of a moved clock, starts the
 * application (whose start-up check runs every overdue policy, as after an outage) and reads the
 * database and the receipts. Exact ±1 second boundaries are unit-tested in {@code CutoffsTest};
 * here the margins are minutes, since the run's own "now" is a few seconds after the start.
 */
@ExtendWith({TimebokDeployment.class, StartedByEachTest.class})
class RetentionRunsIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Duration MARGIN = Duration.ofMinutes(2);

    private boolean running;

    @BeforeEach
    void noHistory() throws Exception {
        RetentionState.clear();
    }

    @AfterEach
    void stopAndRealTime() throws SQLException {
        stop();
        TestClock.reset();
        RetentionState.clear();
    }

    @Test
    void aFirstStartCatchesUpBothBookingPoliciesByCalendarDaysAcrossTheSpringChange() throws Exception {
        // Sunday 30 March 2031, the day summer time starts: 21 calendar days back is 9 March 10:00
        // winter time, an hour later than 504 hours back.
        Instant now = oslo("2031-03-30T10:00:00");
        Instant freeTextDue = ZonedDateTime.ofInstant(now, OSLO).minusDays(21).toInstant();
        String byCalendar = request(freeTextDue.minus(Duration.ofMinutes(30)));
        String freeTextKept = request(freeTextDue.plus(MARGIN));
        Instant contactDue = ZonedDateTime.ofInstant(now, OSLO).minusMonths(5).toInstant();
        String contactErased = request(contactDue.minus(MARGIN));
        String contactKept = request(contactDue.plus(MARGIN));
        long thisMonthsMessage = message(contactErased, now.minus(Duration.ofDays(1)));
        long mark = lastReceiptId();

        startAt(now);
        List<Map<String, Object>> receipts = awaitFinishedRuns(mark, "FREE_TEXT", "CONTACT_DATA");

        assertTrue(freeTextDue.minus(Duration.ofMinutes(30)).isAfter(now.minus(Duration.ofHours(504))),
                "the row must lie inside 504 hours, so only calendar days erase it");
        assertNull(requestRow(byCalendar).get("free_text_sealed"));
        assertNotNull(requestRow(byCalendar).get("free_text_erased_at"));
        assertNotNull(requestRow(freeTextKept).get("free_text_sealed"));
        assertNotNull(requestRow(freeTextKept).get("first_name"));

        Map<String, Object> erased = requestRow(contactErased);
        for (String column : List.of("first_name", "last_name", "phone_e164", "email", "national_id_sealed")) {
            assertNull(erased.get(column), column);
        }
        assertEquals("NEW", erased.get("status"), "the anonymous request stays for statistics");
        assertEquals(1L, ((Number) erased.get("clinic_id")).longValue());
        assertNotNull(erased.get("submitted_at"));
        assertNotNull(requestRow(contactKept).get("phone_e164"));

        Map<String, Object> copied = messageRows(thisMonthsMessage).get(0);
        assertNull(copied.get("recipient"), "the address copied into messaging goes with the request's");
        assertNull(copied.get("fields_json"));

        for (String policy : List.of("FREE_TEXT", "CONTACT_DATA")) {
            Map<String, Object> receipt = only(receipts, policy);
            assertEquals("SUCCEEDED", receipt.get("outcome"), receipt.toString());
            assertEquals("CATCH_UP", receipt.get("trigger_kind"));
            assertEquals(RetentionPolicy.valueOf(policy).version(), ((Number) receipt.get("policy_version")).intValue(),
                    "the receipt names the rule the run applied");
            assertFalse(((String) receipt.get("node")).isBlank());
            assertNotNull(receipt.get("ended_at"));
        }
        assertTrue(only(receipts, "CONTACT_DATA").get("rows_json").toString().contains("\"outbox_message.recipient\":"));
        String freeTextRows = only(receipts, "FREE_TEXT").get("rows_json").toString();
        assertTrue(freeTextRows.matches("\\{\"booking_request.free_text\":[1-9][0-9]*,\"booking_request_note\":[0-9]+}"), freeTextRows);
        assertFalse(receipts.toString().contains("Kari") || receipts.toString().contains("+4791234567"),
                "a receipt counts rows, it never names them");

        String token = (String) requestRow(contactErased).get("receipt_token");
        HttpResponse<String> publicView = new TimebokHttp().get("/api/booking-requests/" + token);
        assertEquals(200, publicView.statusCode(), publicView.body());
        assertTrue(publicView.body().contains(contactErased), publicView.body());
        assertFalse(publicView.body().contains("Kari") || publicView.body().contains("Nordmann"), publicView.body());

        String metrics = TimebokHttp.operations().get("/metrics?scope=application").body();
        assertTrue(metrics.contains("timebok_retention_rows_purged") && metrics.contains("policy=\"free-text\""), metrics);
        assertTrue(metrics.contains("timebok_retention_last_success_seconds"), metrics);
    }

    @Test
    void aRestartWithoutAMissedScheduleRunsNothingAndOneAcrossTheScheduleRunsEachPolicyOnce() throws Exception {
        Instant now = oslo("2031-06-10T10:00:00");
        long mark = lastReceiptId();
        startAt(now);
        awaitFinishedRuns(mark, "FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");
        stop();

        long afterFirst = lastReceiptId();
        Instant restarted = TestClock.now();
        TimebokDeployment.startApplication();
        running = true;
        awaitChecksSince(restarted);
        assertEquals(List.of(), receiptsAfter(afterFirst), "nothing was missed, so nothing runs");
        stop();

        // Down across 04:10 and 04:20 the next morning.
        TestClock.advance(Duration.ofDays(1));
        String overdue = request(oslo("2031-05-20T09:00:00"));
        long afterSecond = lastReceiptId();
        Instant restartedAgain = TestClock.now();
        TimebokDeployment.startApplication();
        running = true;
        awaitChecksSince(restartedAgain);

        List<Map<String, Object>> catchUp = receiptsAfter(afterSecond);
        assertEquals(List.of("CONTACT_DATA", "FREE_TEXT"), catchUp.stream().map(r -> (String) r.get("policy")).sorted().toList(),
                "exactly one run of each daily policy, none of the monthly one: " + catchUp);
        assertTrue(catchUp.stream().allMatch(r -> "SUCCEEDED".equals(r.get("outcome")) && "CATCH_UP".equals(r.get("trigger_kind"))),
                catchUp.toString());
        assertNull(requestRow(overdue).get("free_text_sealed"), "the catch-up did the missed run's work");
    }

    @Test
    void whileAnotherNodeHoldsAPolicyThisNodeSkipsItAndItsReceiptSaysSo() throws Exception {
        Instant now = oslo("2031-09-15T11:00:00");
        String due = request(now.minus(Duration.ofDays(30)));
        TestDatabase.update("UPDATE retention_lock SET holder = 'other-node#test', lease_until = ? WHERE policy = 'FREE_TEXT'",
                RetentionFixtures.utc(now.plus(Duration.ofHours(1))));
        long mark = lastReceiptId();

        startAt(now);
        List<Map<String, Object>> busy = awaitFinishedRuns(mark, "FREE_TEXT", "CONTACT_DATA");

        assertEquals("SKIPPED_BUSY", only(busy, "FREE_TEXT").get("outcome"));
        assertEquals("{}", only(busy, "FREE_TEXT").get("rows_json"));
        assertEquals("SUCCEEDED", only(busy, "CONTACT_DATA").get("outcome"));
        assertNotNull(requestRow(due).get("free_text_sealed"), "the skipped run touched nothing");
        assertEquals("other-node#test", TestDatabase.query("SELECT holder FROM retention_lock WHERE policy = 'FREE_TEXT'")
                .get(0).get("holder"), "the other node's lock is left alone");
        stop();

        RetentionState.releaseLocks();
        long afterBusy = lastReceiptId();
        TimebokDeployment.startApplication();
        running = true;
        List<Map<String, Object>> after = awaitFinishedRuns(afterBusy, "FREE_TEXT");

        assertEquals("SUCCEEDED", only(after, "FREE_TEXT").get("outcome"), "no success yet, so still overdue");
        assertNull(requestRow(due).get("free_text_sealed"));
    }

    @Test
    void aLegalHoldKeepsARequestAndItsThreadFromEveryPolicyAndTheRunAfterReleaseCatchesUp() throws Exception {
        Instant now = oslo("2031-11-12T10:00:00");
        String held = request(now.minus(Duration.ofDays(200)));
        String free = request(now.minus(Duration.ofDays(200)));
        long heldMessage = message(held, now.minus(Duration.ofDays(40)));
        long freeMessage = message(free, now.minus(Duration.ofDays(40)));
        RetentionFixtures.hold(held, now.minus(Duration.ofDays(10)));
        long mark = lastReceiptId();

        startAt(now);
        awaitFinishedRuns(mark, "FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");

        assertNotNull(requestRow(held).get("free_text_sealed"));
        assertNotNull(requestRow(held).get("phone_e164"));
        assertEquals(1, messageRows(heldMessage).size());
        assertEquals("+4791234567", messageRows(heldMessage).get(0).get("recipient"));
        assertNull(requestRow(free).get("free_text_sealed"));
        assertNull(requestRow(free).get("phone_e164"));
        assertEquals(0, messageRows(freeMessage).size());
        stop();

        RetentionFixtures.release(held, now.plus(Duration.ofDays(1)));
        TestClock.set(oslo("2031-12-02T10:00:00"));
        long afterRelease = lastReceiptId();
        TimebokDeployment.startApplication();
        running = true;
        awaitFinishedRuns(afterRelease, "FREE_TEXT", "CONTACT_DATA", "CORRESPONDENCE");

        assertNull(requestRow(held).get("free_text_sealed"));
        assertNull(requestRow(held).get("phone_e164"));
        assertEquals(0, messageRows(heldMessage).size());
    }

    private void startAt(Instant now) {
        TestClock.set(now);
        TimebokDeployment.startApplication();
        running = true;
    }

    private void stop() {
        if (running) {
            TimebokDeployment.stopApplication();
            running = false;
        }
    }

    static Instant oslo(String local) {
        return LocalDateTime.parse(local).atZone(OSLO).toInstant();
    }

    static Map<String, Object> only(List<Map<String, Object>> receipts, String policy) {
        List<Map<String, Object>> of = receipts.stream().filter(r -> policy.equals(r.get("policy"))).toList();
        assertEquals(1, of.size(), () -> "receipts of " + policy + ": " + receipts);
        return of.get(0);
    }
}
