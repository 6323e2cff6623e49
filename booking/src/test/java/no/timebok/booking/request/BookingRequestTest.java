package no.timebok.booking.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldDecryptionException;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.crypto.Keysets;
import no.timebok.common.i18n.Language;
import no.timebok.common.validation.NationalIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookingRequestTest {

    @TempDir
    Path dir;

    private IntakeSeal cipher() {
        Path keyset = dir.resolve("keyset.json");
        Keysets.createIfAbsent(keyset);
        return IntakeSeal.withKeys(dir.resolve(TimebokConfig.INTAKE_PRIVATE_FILE), dir.resolve(TimebokConfig.INTAKE_PUBLIC_FILE),
                keyset);
    }

    private static BookingRequest submit(IntakeSeal cipher, String freeText) {
        BookingDetails details = new BookingDetails(null, null,
                new PatientContact("Kari", "Nordmann", Optional.of("+4791234567"), Optional.empty()),
                Optional.of(NATIONAL_ID), new PreferredPeriod(Optional.empty(), Optional.empty(), PartOfDay.ANY),
                freeText, false, Language.NB, LocalDate.of(2026, 12, 6));
        return BookingRequest.submit("TB-7K4Q-2M", details, cipher, Instant.parse("2026-03-29T00:30:00Z"));
    }

    /** Built by the control-digit rules for a date no real number uses in these tests' context. */
    private static final String NATIONAL_ID = validNationalId();

    private static String validNationalId() {
        for (int individual = 600; individual < 700; individual++) {
            String candidate = "010145" + individual;
            for (int k1 = 0; k1 < 10; k1++) {
                for (int k2 = 0; k2 < 10; k2++) {
                    String id = candidate + k1 + k2;
                    if (NationalIdNumbers.isValid(id)) {
                        return id;
                    }
                }
            }
        }
        throw new IllegalStateException("no valid number generated");
    }

    @Test
    void theNationalIdIsSealedAndShownOnlyMasked() throws Exception {
        IntakeSeal cipher = cipher();
        BookingRequest request = submit(cipher, "Tekst");

        byte[] sealed = (byte[]) field(request, "nationalIdSealed");

        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains(NATIONAL_ID));
        assertEquals("010145 *****", request.maskedNationalId(cipher).orElseThrow());
    }

    @Test
    void aNewRequestIsNewAndOpensItsOwnFreeText() {
        IntakeSeal cipher = cipher();

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
        IntakeSeal cipher = cipher();
        BookingRequest first = submit(cipher, "Første");
        BookingRequest second = submit(cipher, "Andre");

        Field sealed = BookingRequest.class.getDeclaredField("freeTextSealed");
        sealed.setAccessible(true);
        sealed.set(second, sealed.get(first));

        assertThrows(FieldDecryptionException.class, () -> second.freeText(cipher));
    }

    @Test
    void aCorrectionReplacesTheContactAndReturnsWhatItWas() {
        BookingRequest request = submit(cipher(), "Tekst");
        PatientContact corrected = new PatientContact("Karianne", "Nyberg", Optional.empty(), Optional.of("k@example.com"));

        PatientContact before = request.rectify(corrected);

        assertEquals(new PatientContact("Kari", "Nordmann", Optional.of("+4791234567"), Optional.empty()), before);
        assertEquals("Nyberg", request.lastName());
        assertEquals(Optional.empty(), request.phoneE164());
        assertEquals(Optional.of("k@example.com"), request.email());
    }

    @Test
    void anErasureOnRequestLeavesNothingPersonalAndNothingToCorrect() {
        IntakeSeal cipher = cipher();
        BookingRequest request = submit(cipher, "Hemmelig");
        Instant now = Instant.parse("2026-04-01T10:00:00Z");

        request.eraseOnRequest(now);

        assertEquals(Optional.empty(), request.firstName());
        assertEquals(null, request.lastName());
        assertEquals(Optional.empty(), request.phoneE164());
        assertEquals(Optional.empty(), request.maskedNationalId(cipher));
        assertEquals(Optional.empty(), request.freeText(cipher));
        assertEquals(Optional.of(now), request.contactErasedAt());
        assertEquals(Optional.of(now), request.freeTextErasedAt());
        assertThrows(IllegalStateException.class,
                () -> request.rectify(new PatientContact("A", "B", Optional.of("+4791234567"), Optional.empty())));
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(target);
    }
}
