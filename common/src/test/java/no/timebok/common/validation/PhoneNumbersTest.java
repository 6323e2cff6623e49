package no.timebok.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    /*
     * Mobile numbers start with 4 or 9, but libphonenumber knows that 42, 43, 44 and 49 have not
     * been allocated to mobiles (as of metadata 8.13), so it rejects them; those are left out here.
     */
    @Provide
    Arbitrary<Integer> norwegianMobileNumbers() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(40_000_000, 41_999_999),
                Arbitraries.integers().between(45_000_000, 48_999_999),
                Arbitraries.integers().between(90_000_000, 99_999_999));
    }

    @Property
    void eightDigitMobileNumbersGetTheNorwegianCountryCode(@ForAll("norwegianMobileNumbers") int number) {
        assertEquals(Optional.of("+47" + number), PhoneNumbers.toE164("" + number));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "91234567           | +4791234567",
        "912 34 567         | +4791234567",
        "91 23 45 67        | +4791234567",
        "+4791234567        | +4791234567",
        "+47 912 34 567     | +4791234567",
        "0047 912 34 567    | +4791234567",
        "'  41234567  '     | +4741234567",
        "22 22 22 22        | +4722222222",
        "+46 70 123 45 67   | +46701234567",
        "+46701234567       | +46701234567",
    })
    void typedNumbersBecomeE164(String typed, String e164) {
        assertEquals(Optional.of(e164), PhoneNumbers.toE164(typed));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "not a number", "call me", "123", "9123456", "912345678", "+47 1234 5678",
        "+999 12345678", "+4791234567+4791234567",
        "9 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2",
    })
    void anythingElseIsRejected(String typed) {
        assertEquals(Optional.empty(), PhoneNumbers.toE164(typed));
    }

    @Test
    void mobileNumbersAreToldFromLandlines() {
        assertTrue(PhoneNumbers.isMobile("+4791234567"));
        assertTrue(PhoneNumbers.isMobile("+46701234567"));
        assertFalse(PhoneNumbers.isMobile("+4722123456"), "Oslo landline");
        assertFalse(PhoneNumbers.isMobile("not a number"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+4722000002    | 22 00 00 02",
        "+4791234567    | 91 23 45 67",
        "+4755000003    | 55 00 00 03",
        "+46812345678   | +46 8 123 456 78",
        "+447911123456  | +44 7911 123456",
    })
    void numbersAreGroupedAsPeopleDialThemWithTheCountryCodeOnlyForForeignOnes(String e164, String shown) {
        assertEquals(shown, PhoneNumbers.forPeople(e164));
    }

    @Test
    void whatCannotBeReadIsShownAsStoredAndNothingAsNothing() {
        assertEquals("not a number", PhoneNumbers.forPeople("not a number"));
        assertEquals("", PhoneNumbers.forPeople(null));
    }
}
