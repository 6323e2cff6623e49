package no.timebok.booking.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.FieldDecryptionException;
import no.timebok.common.crypto.Keysets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingRequestTest {

    @TempDir
    Path dir;

    private FieldCipher cipher() {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        return FieldCipher.withKeyset(keyset);
    }

    private static BookingRequest submit(FieldCipher cipher, String freeText) {
        return BookingRequest.submit("TB-7K4Q-2M", null,
                new PatientContact("Kari", "Nordmann", "+4791234567"), freeText, cipher, Instant.parse("2026-03-29T00:30:00Z"));
    }

    @Test
    void aNewRequestIsNewAndOpensItsOwnFreeText() {
        FieldCipher cipher = cipher();

        BookingRequest request = submit(cipher, "Vondt i ryggen 😣");

        assertEquals(BookingStatus.NEW, request.status());
        assertEquals("Vondt i ryggen 😣", request.freeText(cipher).orElseThrow());
        assertFalse(request.freeTextErasedAt().isPresent());
    }

    @Test
    void sealedFreeTextHoldsNoPlainText() throws Exception {
        BookingRequest request = submit(cipher(), "Vondt i ryggen");

        byte[] sealed = (byte[]) field(request, "freeTextSealed");

        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("ryggen"));
    }

    @Test
    void freeTextMovedToAnotherRequestDoesNotOpen() throws Exception {
        FieldCipher cipher = cipher();
        BookingRequest first = submit(cipher, "Første");
        BookingRequest second = submit(cipher, "Andre");

        Field sealed = BookingRequest.class.getDeclaredField("freeTextSealed");
        sealed.setAccessible(true);
        sealed.set(second, sealed.get(first));

        assertThrows(FieldDecryptionException.class, () -> second.freeText(cipher));
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
