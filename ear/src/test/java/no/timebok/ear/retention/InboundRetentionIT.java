package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.request;
import static no.timebok.ear.retention.RetentionFixtures.sentMessage;
import static no.timebok.ear.retention.RetentionRunsIT.oslo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.staff.StaffAccounts;
import no.timebok.ear.staff.StaffSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Patients' replies under policy 3: an SMS pushed to the callback as the gateway does, matched to its
 * request's thread, is deleted at the end of its month with everything that identifies the sender;
 * one marked "transfer to journal" by reception goes to the journal first as a Communication the
 * patient sent; a reply under legal hold stays until the hold is released.
 */
@ExtendWith(TimebokDeployment.class)
class InboundRetentionIT {

    private final Path journal = Path.of(System.getProperty("timebok.it.journalDir", "target/it/journal"));

    @BeforeEach
    void emptyJournal() throws IOException {
        Files.createDirectories(journal);
        try (Stream<Path> files = Files.list(journal)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                Files.delete(file);
            }
        }
    }

    @BeforeAll
    static void startUpRunsDone() throws Exception {
        RetentionState.awaitStartUpRuns();
    }

    @AfterEach
    void realTime() throws SQLException {
        TestClock.reset();
        RetentionState.releaseLocks();
    }

    @Test
    void repliesGoAtMonthEndAndOneMarkedForTheJournalIsTransferredAsThePatientsFirst() throws Exception {
        StaffSession reception = StaffAccounts.reception(1);
        StaffSession elsewhere = StaffAccounts.reception(2);
        StaffSession privacy = StaffAccounts.create(List.of("privacy"), List.of(1L));
        TestClock.set(oslo("2033-03-29T10:00:00"));
        StaffApi.logInAgain(reception, elsewhere, privacy);

        String mobile = "+47" + TestData.uniqueMobile();
        String heldMobile = "+47" + TestData.uniqueMobile();
        String reference = request(oslo("2033-03-20T09:00:00"));
        String held = request(oslo("2033-03-20T09:30:00"));
        sentMessage(reference, oslo("2033-03-21T08:00:00"), 1, mobile);
        sentMessage(held, oslo("2033-03-21T08:05:00"), 1, heldMobile);
        long health = reply(mobile, "Kneet er hovent igjen etter operasjonen");
        long thanks = reply(mobile, "Takk for timen");
        long kept = reply(heldMobile, "Jeg klager på behandlingen");
        String stranger = "+47" + TestData.uniqueMobile();
        long unmatched = reply(stranger, "Hvem er dette?");
        assertEquals(reference, inboundRow(health).get("subject_reference"), "the reply joined the request's thread");
        assertNull(inboundRow(unmatched).get("clinic_id"));

        List<JsonObject> work = StaffApi.worklist(reception).getValuesAs(JsonObject.class);
        assertTrue(work.stream().anyMatch(item -> item.getJsonNumber("messageId").longValue() == health
                        && "inbound_message".equals(item.getString("source")) && "INBOUND_SMS".equals(item.getString("kind"))
                        && "undecided".equals(item.getString("why"))),
                "in the month's last days the reply waits for a decision: " + work);
        assertFalse(work.stream().anyMatch(item -> item.getJsonNumber("messageId").longValue() == unmatched
                && "inbound_message".equals(item.getString("source"))), "a reply of no clinic is on no clinic's list");
        assertTrue(StaffApi.worklist(elsewhere).stream().map(JsonObject.class::cast)
                .noneMatch(item -> reference.equals(item.getString("subjectReference"))), "another clinic sees none of it");

        assertEquals(404, StaffApi.decide(elsewhere, "inbound_message", health, "NO_HEALTH_INFORMATION").statusCode(),
                "another clinic's reply is as unknown as none");
        HttpResponse<String> decided = StaffApi.decide(reception, "inbound_message", health, "TRANSFER");
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals(200, StaffApi.decide(reception, "inbound_message", thanks, "NO_HEALTH_INFORMATION").statusCode());
        assertEquals(404, StaffApi.decide(reception, "inbound_message", unmatched, "TRANSFER").statusCode());
        assertEquals(404, StaffApi.decide(reception, "no_such_table", health, "TRANSFER").statusCode());
        assertEquals(200, StaffApi.hold(privacy, held, "Klagesak til behandling").statusCode());

        TestClock.set(oslo("2033-04-01T00:20:00"));
        StaffApi.logInAgain(privacy);
        JsonObject dry = StaffApi.dryRun(privacy, "correspondence");
        assertTrue(StaffApi.counted(dry, "inbound_message") >= 2, "the unmatched and the undecided reply: " + dry);
        assertTrue(StaffApi.counted(dry, "journal.to-transfer") >= 1, "the reply marked for the journal: " + dry);
        assertFalse(inboundRow(health).isEmpty(), "a dry run deletes nothing");

        JsonObject receipt = StaffApi.runNow(privacy, "correspondence");

        assertEquals("SUCCEEDED", receipt.getString("outcome"), receipt.toString());
        assertTrue(StaffApi.rows(receipt, "inbound_message") >= 3, receipt.toString());
        assertTrue(StaffApi.rows(receipt, "journal.transferred") >= 1, receipt.toString());
        for (long gone : List.of(health, thanks, unmatched)) {
            assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM inbound_message WHERE id = ?", gone), "reply " + gone);
        }
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM inbound_message WHERE sender IN (?, ?)", mobile, stranger),
                "no row still names the senders");
        assertFalse(receipt.toString().contains(mobile) || receipt.toString().contains("Kneet"), "a receipt names nothing");
        assertEquals(heldMobile, inboundRow(kept).get("sender"), "the held thread's reply stays whole");

        Map<String, Object> transfer = TestDatabase.query("SELECT * FROM message_journal WHERE source = 'inbound_message'"
                + " AND message_id = ?", health).get(0);
        assertEquals("Communication-inbound_message-" + health + ".json", transfer.get("transfer_id"));
        List<Path> files = journalFiles(health, thanks, kept, unmatched);
        assertEquals(1, files.size(), "only the reply marked for the journal: " + files);
        JsonObject communication = StaffApi.object(Files.readString(files.get(0)));
        assertEquals("inbound_message-" + health, communication.getJsonArray("identifier").getJsonObject(0).getString("value"));
        assertEquals("Patient", communication.getJsonObject("sender").getString("type"));
        assertEquals(reference, communication.getJsonObject("sender").getJsonObject("identifier").getString("value"));
        assertEquals("Organization", communication.getJsonArray("recipient").getJsonObject(0).getString("type"));
        assertNotNull(communication.getString("received"));
        assertFalse(communication.containsKey("sent"), "the clinic received it; it did not send it");
        assertEquals("Kneet er hovent igjen etter operasjonen",
                communication.getJsonArray("payload").getJsonObject(0).getString("contentString"));
        assertFalse(communication.toString().contains(mobile), "the journal knows the patient by reference, not by number");

        assertEquals(200, StaffApi.release(privacy, held, "Klagen er avgjort").statusCode());
        JsonObject afterRelease = StaffApi.runNow(privacy, "correspondence");
        assertEquals("SUCCEEDED", afterRelease.getString("outcome"));
        assertEquals(0, TestDatabase.count("SELECT COUNT(*) FROM inbound_message WHERE id = ?", kept), "the run after release catches up");
        assertEquals(1, journalFiles(health, thanks, kept, unmatched).size(), "the transfer is not repeated");
    }

    @Test
    void erasingARequestsContactDataForgetsTheNumberItsRepliesCameFrom() throws Exception {
        StaffSession admin = StaffAccounts.create(List.of("admin"), List.of(1L));
        TestClock.set(oslo("2033-09-10T10:00:00"));
        StaffApi.logInAgain(admin);
        String mobile = "+47" + TestData.uniqueMobile();
        String reference = request(oslo("2033-04-01T09:00:00"));
        sentMessage(reference, oslo("2033-09-09T08:00:00"), 1, mobile);
        long reply = reply(mobile, "Jeg kommer");

        JsonObject receipt = StaffApi.runNow(admin, "contact-data");

        assertEquals("SUCCEEDED", receipt.getString("outcome"), receipt.toString());
        assertTrue(StaffApi.rows(receipt, "inbound_message.sender") >= 1, receipt.toString());
        Map<String, Object> row = inboundRow(reply);
        assertNull(row.get("sender"), "the number goes with the request's contact data");
        assertEquals(reference, row.get("subject_reference"), "the reply itself stays until its month ends");
    }

    private long reply(String from, String text) throws SQLException {
        assertEquals(204, SveveInbound.post(from, text));
        return TestDatabase.count("SELECT MAX(id) FROM inbound_message WHERE sender = ?", from);
    }

    private static Map<String, Object> inboundRow(long id) throws SQLException {
        List<Map<String, Object>> rows = TestDatabase.query("SELECT * FROM inbound_message WHERE id = ?", id);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** The journal files of these replies; other test classes' transfers share the directory. */
    private List<Path> journalFiles(long... replies) throws IOException {
        java.util.Set<String> names = java.util.Arrays.stream(replies)
                .mapToObj(id -> "Communication-inbound_message-" + id + ".json").collect(java.util.stream.Collectors.toSet());
        try (Stream<Path> files = Files.list(journal)) {
            return files.filter(f -> names.contains(f.getFileName().toString())).toList();
        }
    }
}
