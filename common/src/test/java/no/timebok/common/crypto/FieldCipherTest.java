package no.timebok.common.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static final String PLAINTEXT = "Kari Nordmann 🦷 smerter i jeksel øverst til høyre";

    @TempDir
    Path dir;

    private Path keyset;
    private FieldCipher cipher;

    @BeforeEach
    void createKeyset() {
        keyset = dir.resolve("keys").resolve("keyset.json");
        assertTrue(Keysets.createIfAbsent(keyset));
        cipher = FieldCipher.withKeyset(keyset);
    }

    @Test
    void aSealedValueOpensToTheSameText() {
        byte[] sealed = cipher.seal(PLAINTEXT, "booking_request.message:42");

        assertEquals(PLAINTEXT, cipher.open(sealed, "booking_request.message:42"));
    }

    @Test
    void theCiphertextDoesNotContainThePlaintext() {
        byte[] plain = PLAINTEXT.getBytes(StandardCharsets.UTF_8);
        byte[] sealed = cipher.seal(PLAINTEXT, "booking_request.message:42");

        assertFalse(contains(sealed, plain));
        assertFalse(contains(sealed, "Nordmann".getBytes(StandardCharsets.UTF_8)));
        assertTrue(sealed.length > plain.length, "a nonce and a tag are added");
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentCiphertexts() {
        byte[] first = cipher.seal(PLAINTEXT, "c");
        byte[] second = cipher.seal(PLAINTEXT, "c");

        assertFalse(Arrays.equals(first, second));
    }

    @Test
    void aValueMovedToAnotherContextDoesNotOpen() {
        byte[] sealed = cipher.seal(PLAINTEXT, "booking_request.message:42");

        FieldDecryptionException e = assertThrows(FieldDecryptionException.class,
                () -> cipher.open(sealed, "booking_request.message:43"));
        assertTrue(e.getMessage().contains("booking_request.message:43"), e.getMessage());
        assertFalse(e.getMessage().contains("Nordmann"), e.getMessage());
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        byte[] sealed = cipher.seal(PLAINTEXT, "c");
        sealed[sealed.length - 1] ^= 1;

        assertThrows(FieldDecryptionException.class, () -> cipher.open(sealed, "c"));
    }

    @Test
    void aValueSealedUnderAnotherKeysetDoesNotOpen() {
        Path otherKeyset = dir.resolve("other.json");
        assertTrue(Keysets.createIfAbsent(otherKeyset));
        byte[] sealed = FieldCipher.withKeyset(otherKeyset).seal(PLAINTEXT, "c");

        assertThrows(FieldDecryptionException.class, () -> cipher.open(sealed, "c"));
    }

    @Test
    void anExistingKeysetIsNeverReplaced() throws IOException {
        byte[] before = Files.readAllBytes(keyset);
        byte[] sealed = cipher.seal(PLAINTEXT, "c");

        assertFalse(Keysets.createIfAbsent(keyset));

        assertArrayEquals(before, Files.readAllBytes(keyset));
        assertEquals(PLAINTEXT, FieldCipher.withKeyset(keyset).open(sealed, "c"));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
