package no.timebok.booking.rights.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.request.PatientContact;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.FieldDecryptionException;
import no.timebok.common.crypto.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactCorrectionTest {

    private static final PatientContact BEFORE = new PatientContact("Kari", "Nordmann", Optional.of("+4791234567"), Optional.empty());
    private static final PatientContact AFTER = new PatientContact("Kari", "Nyberg", Optional.empty(), Optional.of("kari@example.com"));

    @TempDir
    Path dir;

    private FieldCipher cipher() {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        return FieldCipher.withKeyset(keyset);
    }

    @Test
    void oldAndNewValuesAreSealedAndOpenAgain() throws Exception {
        FieldCipher cipher = cipher();
        ContactCorrection correction = ContactCorrection.of(7, 3, 5, BEFORE, AFTER, cipher, Instant.parse("2026-11-23T10:00:00Z"));

        assertEquals(BEFORE, correction.before(cipher));
        assertEquals(AFTER, correction.after(cipher));
        String stored = new String((byte[]) field(correction, "beforeSealed"), StandardCharsets.ISO_8859_1)
                + new String((byte[]) field(correction, "afterSealed"), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("Nordmann") || stored.contains("Nyberg"));
    }

    @Test
    void aSealedValueCopiedToAnotherCorrectionDoesNotOpen() throws Exception {
        FieldCipher cipher = cipher();
        ContactCorrection first = ContactCorrection.of(7, 3, 5, BEFORE, AFTER, cipher, Instant.parse("2026-11-23T10:00:00Z"));
        ContactCorrection second = ContactCorrection.of(8, 3, 5, AFTER, BEFORE, cipher, Instant.parse("2026-11-23T10:00:00Z"));
        Field sealed = ContactCorrection.class.getDeclaredField("beforeSealed");
        sealed.setAccessible(true);
        sealed.set(second, sealed.get(first));

        assertThrows(FieldDecryptionException.class, () -> second.before(cipher));
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
