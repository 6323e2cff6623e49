package no.timebok.ear.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.timebok.ear.BookingRequests;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import no.timebok.ear.api.ApiClients;
import no.timebok.ear.messaging.Probe;
import no.timebok.ear.messaging.RelayLedger;
import no.timebok.ear.peers.FakeSveveGateway;
import no.timebok.ear.peers.Peers;
import no.timebok.ear.retention.RetentionLoad;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two nodes on one MariaDB and one data grid: the DAS and a second instance of the test domain.
 * Requests go to either node as a load balancer would send them; each promise still holds once.
 * The last test kills the second node, so it runs last; the tests share the node, since starting
 * one costs about a minute.
 */
@ExtendWith(TimebokDeployment.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    private static final String RUNS = "/api/staff/retention/policies/%s/runs";
    private static final int SMS_CAP_PER_NUMBER = 3;

    private final SecondNode second = new SecondNode();
    private final String das = TimebokHttp.baseUrl();
    private StaffSession privacy;

    @BeforeAll
    void startTheSecondNode() throws InterruptedException {
        privacy = StaffAccounts.create(List.of("privacy"), List.of(1L, 3L));
        // Nothing overdue, so the new node's start-up check finds no purge of its own to run.
        for (String policy : List.of("free-text", "contact-data", "correspondence")) {
            assertEquals(200, privacy.post(RUNS.formatted(policy), "{}").statusCode());
        }
        second.start();
    }

    @AfterAll
    void removeTheSecondNode() throws Exception {
        try {
            second.remove();
        } finally {
            RetentionLoad.remove();
        }
    }

    @Test
    @Order(1)
    void eachNodeKeepsTheRetentionScheduleItself() {
        String metrics = TimebokHttp.operations().at(second.baseUrl()).get("/metrics?scope=application").body();

        for (String policy : List.of("free-text", "contact-data", "correspondence")) {
            assertTrue(metrics.contains("timebok_retention_next_run_seconds{") && metrics.contains("policy=\"" + policy + "\""),
                    "the second node's own timer of " + policy + ": " + metrics);
        }
    }

    @Test
    @Order(2)
    void aPhoneNumbersDailyLimitCountsTheRequestsOfBothNodes() throws Exception {
        String phone = TestData.uniqueMobile();
        TimebokHttp partner = ApiClients.partner();
        List<TimebokHttp> alternating = List.of(partner, partner.at(second.baseUrl()));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> accepted = alternating.get(i % 2).postJson("/api/booking-requests", request(phone));
            assertEquals(201, accepted.statusCode(), accepted.body());
        }

        assertEquals(429, alternating.get(1).postJson("/api/booking-requests", request(phone)).statusCode());
        assertEquals(429, alternating.get(0).postJson("/api/booking-requests", request(phone)).statusCode());
        assertEquals(3, TestDatabase.count("SELECT COUNT(*) FROM booking_request WHERE phone_e164 = ?", "+47" + phone));
    }

    @Test
    @Order(3)
    void theSmsCapPerNumberIsExactForABurstThroughBothNodes() throws Exception {
        String mobile = "+47" + TestData.uniqueMobile();
        String reference = "TB-MN" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String start = Instant.now().plus(Duration.ofDays(3650)).toString();
        List<Supplier<HttpResponse<String>>> burst = IntStream.range(0, 16).<Supplier<HttpResponse<String>>>mapToObj(i -> () ->
                Probe.sendTo(i % 2 == 0 ? das : second.baseUrl(), "POST", "/reminders", Map.of("appointmentKey", reference + "-" + i,
                        "start", start, "clinicId", "1", "reference", reference, "mobile", mobile, "language", "nb", "time", "snart")))
                .toList();

        List<HttpResponse<String>> answers = RetentionLoad.atOnce(burst.toArray(Supplier[]::new));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        assertEquals(SMS_CAP_PER_NUMBER, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?"
                + " AND channel = 'SMS'", mobile), "SMS queued for the number");
        assertEquals(16 - SMS_CAP_PER_NUMBER, TestDatabase.count("SELECT COUNT(*) FROM outbox_message WHERE subject_reference = ?"
                + " AND state = 'HELD' AND held_reason = 'sms-cap-number'", reference), "held at the cap");
    }

    @Test
    @Order(4)
    void theRelaysOfBothNodesSendEveryMessageOfABurstOnce() throws Exception {
        String reference = BookingRequests.request().submit().reference();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            HttpResponse<String> written = Probe.sendTo(i % 2 == 0 ? das : second.baseUrl(), "POST", "/staff-messages",
                    Map.of("clinicId", "1", "reference", reference, "channel", "SMS", "recipient", TestData.uniqueMobile(),
                            "text", "Melding " + i + " fra klinikken."));
            assertEquals(200, written.statusCode(), written.body());
            ids.add(json(written.body()).getJsonNumber("id").longValue());
        }

        RetentionLoad.atOnce(() -> Probe.sendTo(das, "POST", "/relay", Map.of()),
                () -> Probe.sendTo(second.baseUrl(), "POST", "/relay", Map.of()));

        Peers.await(Duration.ofMinutes(1), "every message of the burst sent", () -> Outcomes.staffMessagesSent(reference) == ids.size());
        for (long id : ids) {
            assertEquals(1, Peers.sms().attempts("tb-" + id), "message " + id + " reached the gateway once");
        }
    }

    @Test
    @Order(5)
    void aPurgeStartedOnBothNodesAtOnceRunsOnce() throws Exception {
        int seeded = RetentionLoad.expiredRequests(300, Instant.now().minus(Duration.ofDays(40)));
        TimebokHttp onSecond = privacy.http().at(second.baseUrl());

        List<HttpResponse<String>> runs = RetentionLoad.atOnce(() -> privacy.post(RUNS.formatted("free-text"), "{}"),
                () -> onSecond.postJson(RUNS.formatted("free-text"), "{}"));

        runs.forEach(run -> assertEquals(200, run.statusCode(), run.body()));
        List<JsonObject> receipts = runs.stream().map(run -> json(run.body())).toList();
        assertEquals(2, receipts.stream().map(r -> r.getString("node").split("@")[0]).collect(Collectors.toSet()).size(),
                "one receipt from each node: " + receipts);
        List<JsonObject> working = receipts.stream().filter(r -> Outcomes.freeTextRows(r) > 0).toList();
        assertEquals(1, working.size(), "only one of them erased anything: " + receipts);
        assertTrue(Outcomes.freeTextRows(working.get(0)) >= seeded, working.toString());
        assertTrue(Set.of("SUCCEEDED", "SKIPPED_BUSY").containsAll(receipts.stream().map(r -> r.getString("outcome")).toList()),
                receipts.toString());
        assertEquals(0, RetentionLoad.remaining());
    }

    /**
     * The second node's chunks are 10 rows: contact data and correspondence step on from where each
     * chunk ended, past rows stamped in the same second and past a held reference, to the end.
     */
    @Test
    @Order(6)
    void smallChunksStepPastSharedStampsAndAHeldReferenceToTheEnd() throws Exception {
        List<String> references = RetentionLoad.contactsWithThreads(35, Instant.now().minus(Duration.ofDays(200)));
        String held = references.get(17);
        RetentionLoad.hold(held);
        for (String policy : List.of("contact-data", "correspondence")) {
            HttpResponse<String> run = privacy.http().at(second.baseUrl()).postJson(RUNS.formatted(policy), "{}");
            assertEquals("SUCCEEDED", json(run.body()).getString("outcome"), run.body());
        }
        assertEquals(List.of(held), RetentionLoad.withContactData(references), "only the held request keeps its contact data");
        assertEquals(List.of(held), RetentionLoad.withMessages(references), "only the held thread keeps its messages");
    }

    /**
     * The second node is killed while it purges and while both relays send through a gateway that
     * fails and answers late (as {@code ChaosIT} has it): the DAS finishes the purge once the lease
     * ran out, sends every message (none lost, no duplicate beyond the relay's ambiguous resends),
     * and a privacy officer who logged in through the dead node goes on working through the DAS.
     */
    @Test
    @Order(7)
    void whenANodeDiesMidPurgeAndMidRelayTheOtherFinishesBothAndItsStaffKeepWorking() throws Exception {
        TimebokHttp browser = new TimebokHttp().at(second.baseUrl());
        assertTrue(StaffSession.succeeded(StaffSession.logIn(browser, privacy.username(), privacy.password(),
                privacy.authenticator().nextCode())), "logged in through the second node");
        RetentionLoad.expiredRequests(5000, Instant.now().minus(Duration.ofDays(40)));
        long mark = TestDatabase.count("SELECT COALESCE(MAX(id), 0) FROM retention_receipt");
        FakeSveveGateway sms = Peers.sms();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            caller.submit(() -> browser.postJson(RUNS.formatted("free-text"), "{}"));
            Peers.await(Duration.ofMinutes(1), "the second node's purge under way, with rows counted",
                    () -> !Outcomes.receipts(mark, "node LIKE 'node2@%' AND outcome = 'RUNNING' AND rows_json <> '{}'").isEmpty());
            sms.reportDeliveries(das + "/messaging/callbacks/sveve/delivery-report", Peers.WEBHOOK_SECRET,
                    Duration.ofMillis(500), Duration.ofSeconds(9));
            sms.misbehave(0.30, 0.05, Duration.ofSeconds(3));
            RelayLedger relayed = new RelayLedger(100);
            Peers.await(Duration.ofMinutes(1), "both relays under way", () -> relayed.settled() >= 10);

            second.kill();

            assertTrue(relayed.settled() < relayed.messages(), "killed while messages were still to send");
            HttpResponse<String> sameBrowser = browser.at(das).getJson("/api/staff/retention/receipts?policy=free-text&limit=5");
            assertEquals(200, sameBrowser.statusCode(), "the login goes on through the DAS: " + sameBrowser.body());
            Peers.await(Duration.ofMinutes(2), "the DAS taking over once the lease ran out",
                    () -> !Outcomes.receipts(mark, "node NOT LIKE 'node2@%' AND trigger_kind = 'CATCH_UP' AND outcome = 'SUCCEEDED'").isEmpty());
            relayed.awaitAllSettled(Duration.ofMinutes(3));
            RelayLedger.Tally tally = relayed.tally(sms);
            assertEquals(List.of(), tally.lost(), tally.summary("node killed mid-relay"));
            assertEquals(List.of(), tally.unaccounted(), tally.summary("node killed mid-relay"));
        } finally {
            caller.shutdownNow();
            sms.behave();
            sms.stopReports();
        }
        List<Map<String, Object>> abandoned = Outcomes.receipts(mark, "node LIKE 'node2@%'");
        assertEquals(1, abandoned.size(), abandoned.toString());
        assertEquals("ABANDONED", abandoned.get(0).get("outcome"), abandoned.toString());
        assertFalse("{}".equals(abandoned.get(0).get("rows_json")), "it keeps the rows its chunks erased: " + abandoned);
        assertEquals(0, RetentionLoad.remaining(), "every seeded request lost its free text");
    }

    private static String request(String phone) {
        return Json.createObjectBuilder().add("firstName", "Ola").add("lastName", "Klynge").add("phone", phone)
                .add("clinicId", 1).add("visitTypeId", 12).add("partOfDay", "AFTERNOON").add("freeText", "Kontroll")
                .add("language", "nb")
                .build().toString();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
