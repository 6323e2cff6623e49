package no.timebok.messaging.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryJournalAdapterTest {

    @TempDir
    Path directory;

    @Test
    void writesOneCompleteFileNamedByTheIdentifier() throws IOException {
        String id = new DirectoryJournalAdapter(directory).transfer("outbox_message-42", "{\"resourceType\":\"Communication\"}");

        assertEquals("Communication-outbox_message-42.json", id);
        assertEquals("{\"resourceType\":\"Communication\"}", Files.readString(directory.resolve(id)));
        assertEquals(1, fileCount());
    }

    @Test
    void aSecondAttemptFindsTheFirstFileAndWritesNothing() throws IOException {
        DirectoryJournalAdapter adapter = new DirectoryJournalAdapter(directory);
        String first = adapter.transfer("outbox_message-7", "{\"v\":1}");

        String second = adapter.transfer("outbox_message-7", "{\"v\":2}");

        assertEquals(first, second);
        assertEquals("{\"v\":1}", Files.readString(directory.resolve(first)));
        assertEquals(1, fileCount());
    }

    @Test
    void aMissingDirectoryIsATransferFailure() {
        DirectoryJournalAdapter adapter = new DirectoryJournalAdapter(directory.resolve("gone"));

        assertThrows(JournalTransferException.class, () -> adapter.transfer("outbox_message-1", "{}"));
    }

    private long fileCount() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }
}
