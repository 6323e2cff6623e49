package no.timebok.messaging.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmsPartsTest {

    @Test
    void norwegianLettersAreGsm7So160FitInOneSms() {
        String text = "ÆØÅæøå".repeat(26) + "abcd";
        assertEquals(160, text.length());
        assertTrue(SmsParts.isGsm7(text));
        assertEquals(1, SmsParts.count(text));
        assertEquals(2, SmsParts.count(text + "x"));
    }

    @Test
    void longGsm7TextsTake153PerPart() {
        assertEquals(2, SmsParts.count("a".repeat(306)));
        assertEquals(3, SmsParts.count("a".repeat(307)));
    }

    @Test
    void extensionCharactersCountTwiceAndAreNeverSplit() {
        assertEquals(1, SmsParts.count("€".repeat(80)));
        assertEquals(2, SmsParts.count("€".repeat(81)));
        // 152 single septets then a two-septet euro: it cannot straddle the part boundary.
        assertEquals(2, SmsParts.count("a".repeat(152) + "€" + "a".repeat(10)));
        assertEquals(3, SmsParts.count("a".repeat(152) + "€" + "a".repeat(152)));
    }

    @Test
    void anyOtherCharacterMakesTheWholeTextUcs2With70Or67PerPart() {
        assertFalse(SmsParts.isGsm7("Hei 😊"));
        assertEquals(1, SmsParts.count("ł".repeat(70)));
        assertEquals(2, SmsParts.count("ł".repeat(71)));
        assertEquals(2, SmsParts.count("ł".repeat(134)));
        assertEquals(3, SmsParts.count("ł".repeat(135)));
        assertEquals(3, SmsParts.count("a".repeat(150) + "ł"), "one Polish letter turns 151 GSM characters into UCS-2");
    }

    @Test
    void anEmojiIsNeverSplitAcrossParts() {
        // 66 units then an emoji (2 units) do not fit a 67-unit part together.
        assertEquals(2, SmsParts.count("ł".repeat(66) + "😊" + "ł".repeat(5)));
        assertEquals(3, SmsParts.count("ł".repeat(66) + "😊" + "ł".repeat(66)));
    }
}
