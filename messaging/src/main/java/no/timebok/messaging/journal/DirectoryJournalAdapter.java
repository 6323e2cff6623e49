package no.timebok.messaging.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes each resource as one JSON file for clinics whose journal imports a directory. The file is
 * written aside and moved into place atomically, so the importer never reads half a file; its name
 * comes from the identifier, so a second attempt finds the first file and writes nothing.
 */
final class DirectoryJournalAdapter implements JournalAdapter {

    private final Path directory;

    DirectoryJournalAdapter(Path directory) {
        this.directory = directory;
    }

    @Override
    public String transfer(String identifier, String communicationJson) {
        String name = "Communication-" + identifier.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
        Path target = directory.resolve(name);
        if (Files.exists(target)) {
            return name;
        }
        try {
            Path partial = Files.createTempFile(directory, ".partial-", ".tmp");
            Files.writeString(partial, communicationJson, StandardCharsets.UTF_8);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                Files.deleteIfExists(partial);
                if (!Files.exists(target)) {
                    throw e;
                }
            }
            return name;
        } catch (IOException e) {
            throw new JournalTransferException("writing to the journal directory failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
