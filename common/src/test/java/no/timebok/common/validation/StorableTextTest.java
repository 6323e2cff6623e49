package no.timebok.common.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StorableTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Kari", "Ærlige Åse Øvre", "Vondt i ryggen.\nHelst etter kl. 15.", "a\tb\r\nc",
        "😣 emoji, a surrogate pair", "عربي", "中文", "\u00A0no-break space"})
    void acceptsWhatPeopleType(String typed) {
        assertTrue(StorableText.isStorable(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uD800b", "\uDC00", "x\uDBFF", "\uDE00\uD83D", // lone surrogates
        "\u0000", "Kari\u0000", // NUL
        "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009B", // other control characters
        "\uFFFD", // what a decoder writes for bytes that were not UTF-8
    })
    void refusesWhatCannotBeStoredAsTyped(String typed) {
        assertFalse(StorableText.isStorable(typed));
    }

    @org.junit.jupiter.api.Test
    void nullIsNothingTypedSoStorable() {
        assertTrue(StorableText.isStorable(null));
    }
}
