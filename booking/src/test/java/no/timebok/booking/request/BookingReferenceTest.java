package no.timebok.booking.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BookingReferenceTest {

    @RepeatedTest(200)
    void referencesAreShortCrockfordCodes() {
        String reference = BookingReference.next();

        assertTrue(BookingReference.isWellFormed(reference), reference);
        assertTrue(reference.chars().noneMatch(c -> c == 'I' || c == 'L' || c == 'O' || c == 'U'), reference);
    }

    @Test
    void malformedReferencesAreRecognised() {
        assertFalse(BookingReference.isWellFormed("TB-IIII-II"));
        assertFalse(BookingReference.isWellFormed("tb-7k4q-2m"));
        assertFalse(BookingReference.isWellFormed(null));
        assertTrue(BookingReference.isWellFormed("TB-7K4Q-2M"));
    }

    @Test
    void receiptTokensCarry128RandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String token = ReceiptToken.next();
            assertTrue(ReceiptToken.isWellFormed(token), token);
            assertEquals(16, Base64.getUrlDecoder().decode(token).length);
            seen.add(token);
        }
        assertEquals(10_000, seen.size());
    }
}
