package no.timebok.booking.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogoTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8'};

    @Test
    void theKindComesFromTheBytesNotFromWhatTheUploadClaims() {
        assertEquals("image/png", Logo.read(PNG).orElseThrow().mediaType());
        assertEquals("image/jpeg", Logo.read(JPEG).orElseThrow().mediaType());
        assertEquals("image/webp", Logo.read(WEBP).orElseThrow().mediaType());
    }

    @Test
    void scriptableOrTooLargeOrEmptyUploadsAreNoLogo() {
        assertEquals(Optional.empty(), Logo.read("<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), Logo.read("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), Logo.read(Arrays.copyOf(PNG, Logo.MAX_BYTES + 1)));
        assertEquals(Optional.empty(), Logo.read(new byte[0]));
        assertTrue(Logo.read(Arrays.copyOf(PNG, Logo.MAX_BYTES)).isPresent(), "the largest accepted size is accepted");
    }

    @Test
    void theLogoCannotBeChangedThroughTheArrayItWasMadeFrom() {
        byte[] upload = PNG.clone();
        Logo logo = Logo.read(upload).orElseThrow();
        upload[1] = 'X';
        assertEquals('P', logo.bytes()[1]);
    }
}
