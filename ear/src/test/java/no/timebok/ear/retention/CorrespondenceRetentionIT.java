package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.awaitFinishedRuns;
import static no.timebok.ear.retention.RetentionFixtures.journalDecision;
import static no.timebok.ear.retention.RetentionFixtures.lastReceiptId;
import static no.timebok.ear.retention.RetentionFixtures.message;
import static no.timebok.ear.retention.RetentionFixtures.messageRows;
import static no.timebok.ear.retention.RetentionFixtures.request;
import static no.timebok.ear.retention.RetentionRunsIT.only;
import static no.timebok.ear.retention.RetentionRunsIT.oslo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Policy 3 end to end at the year's end: the month's messages go just after midnight on 1 January
 * Oslo time, except those marked for the journal whose transfer fails, which stay and are flagged
 * until a later run transfers them (to the directory the test domain's journal adapter writes).
 */
@ExtendWith({TimebokDeployment.class, StartedByEachTest.class})
class CorrespondenceRetentionIT {

    private boolean running;

    private final Path journal = Path.of(System.getProperty("timebok.it.journalDir", "target/it/journal"));

    @BeforeEach
    void noHistory() throws Exception {
        RetentionState.clear();
        deleteDirectory();
        Files.deleteIfExists(journal);
    }

    @AfterEach
    void stopAndRealTime() throws SQLException, IOException {
        if (running) {
            TimebokDeployment.stopApplication();
            running = false;
        }
        TestClock.reset();
        RetentionState.clear();
        if (!Files.isDirectory(journal)) {
            Files.deleteIfExists(journal);
            Files.createDirectories(journal);
        }
    }

    @Test
    void aFailedTransferKeepsTheMessageFlaggedAndALaterRunTransfersItOnceAndDeletesIt() throws Exception {
        String reference = request(oslo("2031-12-20T09:00:00"));
        long transfer = message(reference, oslo("2031-12-31T23:59:00"));
        long noHealthInformation = message(reference, oslo("2031-12-15T12:00:00"));
        long undecided = message(reference, oslo("2031-12-31T23:59:59"));
        long newYear = message(reference, oslo("2032-01-01T00:00:01"));
        journalDecision(transfer, "TRANSFER", oslo("2031-12-31T23:59:30"));
        journalDecision(noHealthInformation, "NO_HEALTH_INFORMATION", oslo("2031-12-28T10:00:00"));
        // A file where the journal directory should be: every transfer fails.
        Files.writeString(journal, "not a directory");
        long mark = lastReceiptId();

        startAt(oslo("2032-01-01T00:20:00"));
        Map<String, Object> first = only(awaitFinishedRuns(mark, "CORRESPONDENCE"), "CORRESPONDENCE");

        assertEquals("SUCCEEDED", first.get("outcome"), first.toString());
        assertEquals(oslo("2032-01-01T00:00:00"), RetentionFixtures.utc(oslo("2032-01-01T00:00:00")).toInstant(java.time.ZoneOffset.UTC));
        assertEquals(RetentionFixtures.utc(oslo("2032-01-01T00:00:00")), first.get("cutoff") instanceof java.time.LocalDateTime l ? l
                : ((java.sql.Timestamp) first.get("cutoff")).toLocalDateTime(), "cutoff is midnight in Oslo");
        assertEquals(1, messageRows(transfer).size(), "a message whose transfer failed is kept");
        assertEquals(0, messageRows(noHealthInformation).size());
        assertEquals(0, messageRows(undecided).size(), "undecided messages go at month end like the rest");
        assertEquals(1, messageRows(newYear).size(), "the new month's message stays");
        Map<String, Object> flagged = journalRow(transfer);
        assertNotNull(flagged.get("failed_at"));
        assertNull(flagged.get("transfer_id"));
        assertTrue(first.get("rows_json").toString().contains("\"journal.failed-kept\":1"), first.toString());
        stopUntilLater();

        Files.delete(journal);
        Files.createDirectories(journal);
        mark = lastReceiptId();
        TestClock.set(oslo("2032-02-01T00:20:00"));
        TimebokDeployment.startApplication();
        running = true;
        Map<String, Object> second = only(awaitFinishedRuns(mark, "CORRESPONDENCE"), "CORRESPONDENCE");

        assertEquals("SUCCEEDED", second.get("outcome"), second.toString());
        assertTrue(second.get("rows_json").toString().contains("\"journal.transferred\":1"), second.toString());
        assertEquals(0, messageRows(transfer).size(), "transferred, then deleted");
        assertEquals(0, messageRows(newYear).size(), "January's message goes at the end of January");
        Map<String, Object> done = journalRow(transfer);
        assertEquals("Communication-outbox_message-" + transfer + ".json", done.get("transfer_id"));
        assertNull(done.get("failed_at"));
        List<Path> files = journalFiles();
        assertEquals(1, files.size(), files.toString());
        String communication = Files.readString(files.get(0));
        assertTrue(communication.contains("\"resourceType\":\"Communication\""), communication);
        assertTrue(communication.contains("\"value\":\"outbox_message-" + transfer + "\""), communication);
        assertTrue(communication.contains(reference), communication);
    }

    private void startAt(Instant now) {
        TestClock.set(now);
        TimebokDeployment.startApplication();
        running = true;
    }

    private void stopUntilLater() {
        TimebokDeployment.stopApplication();
        running = false;
    }

    private static Map<String, Object> journalRow(long messageId) throws SQLException {
        return TestDatabase.query("SELECT * FROM message_journal WHERE source = 'outbox_message' AND message_id = ?", messageId).get(0);
    }

    private List<Path> journalFiles() throws IOException {
        try (Stream<Path> files = Files.list(journal)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).toList();
        }
    }

    private void deleteDirectory() throws IOException {
        if (Files.isDirectory(journal)) {
            try (Stream<Path> files = Files.list(journal)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(journal);
        }
    }
}
