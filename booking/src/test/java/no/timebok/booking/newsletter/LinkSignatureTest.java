package no.timebok.booking.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkSignatureTest {

    private static final byte[] KEY = LinkSignature.newKey();
    private static final String COPY = "AbCdEfGhIjKlMnOpQrStUv";
    private static final String TARGET = "https://klinikk.no/vaksine?uke=42";

    @Test
    void aSignatureVerifiesForItsOwnCopyAndTarget() {
        String signature = LinkSignature.sign(KEY, COPY, TARGET);

        assertEquals(43, signature.length(), "256 bits, base64url without padding");
        assertTrue(LinkSignature.verifies(KEY, COPY, TARGET, signature));
    }

    @Test
    void aTamperedTargetCopyOrSignatureIsRefused() {
        String signature = LinkSignature.sign(KEY, COPY, TARGET);
        String flipped = (signature.charAt(0) == 'A' ? 'B' : 'A') + signature.substring(1);

        assertFalse(LinkSignature.verifies(KEY, COPY, "https://evil.example/vaksine?uke=42", signature));
        assertFalse(LinkSignature.verifies(KEY, COPY, TARGET + "&x=1", signature));
        assertFalse(LinkSignature.verifies(KEY, "AbCdEfGhIjKlMnOpQrStUw", TARGET, signature), "another copy's token");
        assertFalse(LinkSignature.verifies(KEY, COPY, TARGET, flipped));
        assertFalse(LinkSignature.verifies(KEY, COPY, TARGET, signature.substring(1)));
        assertFalse(LinkSignature.verifies(KEY, COPY, TARGET, "not base64 !"));
        assertFalse(LinkSignature.verifies(KEY, COPY, TARGET, ""));
        assertFalse(LinkSignature.verifies(KEY, COPY, TARGET, null));
        assertFalse(LinkSignature.verifies(KEY, COPY, null, signature));
    }

    @Test
    void anotherNewslettersKeyDoesNotVerify() {
        byte[] other = LinkSignature.newKey();

        assertNotEquals(LinkSignature.sign(KEY, COPY, TARGET), LinkSignature.sign(other, COPY, TARGET));
        assertFalse(LinkSignature.verifies(other, COPY, TARGET, LinkSignature.sign(KEY, COPY, TARGET)));
        assertFalse(LinkSignature.verifies(null, COPY, TARGET, LinkSignature.sign(KEY, COPY, TARGET)), "a newsletter without a key");
    }

    @Test
    void onlyWebAddressesAreSignedOrVerified() {
        for (String target : new String[] {"javascript:alert(1)", "ftp://klinikk.no/fil", "//evil.example/x", "/relative",
                "data:text/html,<script>alert(1)</script>", "https:///nohost", "https://klinikk.no/a b"}) {
            assertThrows(IllegalArgumentException.class, () -> LinkSignature.sign(KEY, COPY, target), target);
            assertFalse(LinkSignature.verifies(KEY, COPY, target, LinkSignature.sign(KEY, COPY, TARGET)), target);
        }
        assertTrue(LinkSignature.verifies(KEY, COPY, "http://klinikk.no/", LinkSignature.sign(KEY, COPY, "http://klinikk.no/")));
    }
}
