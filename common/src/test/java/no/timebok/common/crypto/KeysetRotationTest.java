package no.timebok.common.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysetRotationTest {

    @TempDir
    Path dir;

    @Test
    void aNewPrimaryKeepsOldValuesOpenAndResealingMovesThemToTheNewKey() throws Exception {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        FieldCipher before = FieldCipher.withKeyset(keyset);
        byte[] old = before.seal("Kneet verker", "booking_request.free_text/abc");

        int primary = KeysetRotation.addPrimary(keyset);
        FieldCipher after = FieldCipher.withKeyset(keyset);
        assertEquals(primary, after.primaryKeyId());
        assertNotEquals(before.primaryKeyId(), primary);
        assertFalse(after.isUnderPrimary(old));
        assertEquals("Kneet verker", after.open(old, "booking_request.free_text/abc"), "the old key still opens");

        byte[] resealed = after.resealed(old, "booking_request.free_text/abc");
        assertTrue(after.isUnderPrimary(resealed));
        assertEquals(primary, FieldCipher.keyIdOf(resealed));

        assertEquals(1, KeysetRotation.retireAllButPrimary(keyset));
        FieldCipher retired = FieldCipher.withKeyset(keyset);
        assertEquals("Kneet verker", retired.open(resealed, "booking_request.free_text/abc"));
        assertThrows(FieldDecryptionException.class, () -> retired.open(old, "booking_request.free_text/abc"),
                "a value left under a retired key no longer opens: retire only after the re-seal is done");
        assertEquals(0, KeysetRotation.retireAllButPrimary(keyset));
    }

    @Test
    void aRunningCipherPicksUpTheNewPrimaryWhenTheFileChanges() throws Exception {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        FieldCipher running = FieldCipher.withKeyset(keyset);
        FieldCipher elsewhere = FieldCipher.withKeyset(keyset);
        assertFalse(running.reloadIfChanged());

        int primary = KeysetRotation.addPrimary(keyset);
        // File systems with coarse timestamps could keep the old time within one tick.
        Files.setLastModifiedTime(keyset, FileTime.from(Instant.now().plusSeconds(5)));
        byte[] sealedByAnotherNode = FieldCipher.withKeyset(keyset).seal("tekst", "c");
        assertEquals("tekst", running.open(sealedByAnotherNode, "c"), "a value under an unknown key makes it read the file again");
        assertEquals(primary, running.primaryKeyId());
        assertTrue(elsewhere.reloadIfChanged());
        assertEquals(primary, FieldCipher.keyIdOf(elsewhere.seal("ny", "c")));
    }
}
