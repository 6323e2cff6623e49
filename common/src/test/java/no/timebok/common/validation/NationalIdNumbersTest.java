package no.timebok.common.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.time.api.Dates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * The literal examples are built from the algorithm, never taken from people. Most use year digits
 * 45 with an individual number in 600-699: before 2032 that range was only issued for births in
 * 1854-1899 or 2000-2039, so no one has been given these numbers. The 29 February 00 example uses
 * individual number 100, which meant 1900, not a leap year.
 */
class NationalIdNumbersTest {

    private record Variant(int dayOffset, int monthOffset) {
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<LocalDate> dates = Dates.dates().between(LocalDate.of(1854, 1, 1), LocalDate.of(2099, 12, 31));
        Arbitrary<Variant> variants = Arbitraries.of(
                new Variant(0, 0), new Variant(40, 0), new Variant(0, 40), new Variant(0, 65),
                new Variant(0, 80), new Variant(40, 40), new Variant(40, 65), new Variant(40, 80));
        Arbitrary<Integer> individualNumbers = Arbitraries.integers().between(0, 999);
        Arbitrary<Integer> k1Rules = Arbitraries.integers().between(11, 14);
        return Combinators.combine(dates, variants, individualNumbers, k1Rules)
                .as(NationalIdNumbersTest::compose)
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    private static Optional<String> compose(LocalDate date, Variant variant, int individual, int k1Rule) {
        String firstNine = "%02d%02d%02d%03d".formatted(
                date.getDayOfMonth() + variant.dayOffset(),
                date.getMonthValue() + variant.monthOffset(),
                date.getYear() % 100,
                individual);
        OptionalInt k1 = Reference.k1(firstNine, k1Rule);
        if (k1.isEmpty()) {
            return Optional.empty();
        }
        String firstTen = firstNine + k1.getAsInt();
        OptionalInt k2 = Reference.k2(firstTen);
        return k2.isPresent() ? Optional.of(firstTen + k2.getAsInt()) : Optional.empty();
    }

    @Property
    void generatedNumbersAreValid(@ForAll("validNumbers") String number) {
        assertTrue(NationalIdNumbers.isValid(number), number);
        assertEquals(Optional.of(number), NationalIdNumbers.normalise(number));
    }

    @Property
    void spacesAreRemovedWhenNormalising(@ForAll("validNumbers") String number) {
        String typed = " " + number.substring(0, 6) + " " + number.substring(6, 9) + " " + number.substring(9) + " ";

        assertEquals(Optional.of(number), NationalIdNumbers.normalise(typed));
    }

    /*
     * This holds for every position, k1 included, even though four k1 values can be valid: the
     * k2 check weighs every other digit by 2 to 7 and k2 itself by 1, none divisible by the prime
     * 11, so changing any single digit always breaks the k2 check.
     */
    @Property
    void everySingleDigitChangeIsRejected(@ForAll("validNumbers") String number) {
        List<String> accepted = new ArrayList<>();
        for (int position = 0; position < number.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != number.charAt(position)) {
                    String mutant = number.substring(0, position) + digit + number.substring(position + 1);
                    if (NationalIdNumbers.isValid(mutant) || Reference.isValid(mutant)) {
                        accepted.add(mutant);
                    }
                }
            }
        }

        assertEquals(List.of(), accepted);
    }

    @Property
    void upToFourFirstControlDigitsAreAcceptedWhenTheSecondIsRecomputed(@ForAll("validNumbers") String number) {
        String firstNine = number.substring(0, 9);
        Set<Integer> acceptedK1 = new TreeSet<>();
        Set<Integer> referenceK1 = new TreeSet<>();
        for (int k1 = 0; k1 <= 9; k1++) {
            OptionalInt k2 = Reference.k2(firstNine + k1);
            if (k2.isPresent()) {
                String candidate = firstNine + k1 + k2.getAsInt();
                if (NationalIdNumbers.isValid(candidate)) {
                    acceptedK1.add(k1);
                }
                if (Reference.isValid(candidate)) {
                    referenceK1.add(k1);
                }
            }
        }

        assertEquals(referenceK1, acceptedK1);
        assertTrue(acceptedK1.contains(number.charAt(9) - '0'));
        assertTrue(acceptedK1.size() <= 4, () -> "accepted k1 values " + acceptedK1);
    }

    @Property
    void agreesWithTheReferenceOnAnyElevenDigits(@ForAll @NumericChars @StringLength(11) String digits) {
        assertEquals(Reference.isValid(digits), NationalIdNumbers.isValid(digits), digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01014560013", // old rule
        "01014560021", "01014560382", "01014560048", // 2032 rule, remainders 1, 2 and 3
        "41014560007", "71014560100", // D-numbers, days 1 and 31
        "01414560004", "30524560018", // H-numbers or NAV test numbers, months 1 and 12
        "01664560042", "30774560064", // Norsk helsenett test data
        "01814560089", "30924560009", // Skatteetaten test numbers
        "69524560062", // D-number with a month offset
        "29024460027", // 29 February in a year ending in 44
        "29020010027", // 29 February in a year ending in 00: 2000 was a leap year
    })
    void examplesBuiltFromTheRulesAreValid(String number) {
        assertTrue(NationalIdNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "31044560006", // 31 April
        "30024560003", // 30 February
        "29024560048", // 29 February in a year ending in 45
        "32014560075", // day 32
        "00014560084", // day 0
        "40014560078", // D-number for day 0
        "72014560069", // D-number for day 32
        "70424560063", // D-number and H-number for 30 February
        "01004560023", // month 0
        "01134560041", // month 13
        "01534560024", // H-number for month 13
        "01604560000", // month 60, between the offset ranges
        "01784560070", // Norsk helsenett month 13
        "01934560007", // Skatteetaten month 13
    })
    void impossibleDatesAreInvalidEvenWithRightControlDigits(String number) {
        assertTrue(Reference.controlDigitsFit(number), "the example must fail on its date alone");
        assertFalse(NationalIdNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01014560010", "01014560014", // k2 off by one
        "01014560053", // k1 off by one, k2 unchanged
        "01014560103", // individual number changed
        "01014560030", // a 2032-rule k1 whose k2 would have to be 10
    })
    void wrongControlDigitsAreInvalid(String number) {
        assertFalse(Reference.controlDigitsFit(number));
        assertFalse(NationalIdNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "0101456001", "010145600130", "0101456001a", "010145 60013", " 01014560013",
        "01-01-45-60013", "+1014560013", "\u0660\u0661\u0660\u0661\u0664\u0665\u0666\u0660\u0660\u0661\u0663",
        "０１０１４５６００１３",
    })
    void anythingButElevenAsciiDigitsIsInvalid(String input) {
        assertFalse(NationalIdNumbers.isValid(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01664560042", "30774560064", // Norsk helsenett test data: month + 65
        "01814560089", "30924560009", // Skatteetaten's synthetic numbers: month + 80
        "41814560072", "41664560036", // D-numbers with a test month
    })
    void numbersInTheTestRegistersRangesAreTestNumbers(String number) {
        assertTrue(NationalIdNumbers.isTestNumber(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01014560013", "41014560007", // fødselsnummer and D-number
        "01414560004", "30524560018", // H-numbers: month + 40, which NAV's synthetic numbers share
        "01014560014", "0101456001", "", // not numbers at all
    })
    void realNumbersAndNonNumbersAreNotTestNumbers(String number) {
        assertFalse(NationalIdNumbers.isTestNumber(number));
    }

    @Test
    void nullIsNeitherValidNorNormalised() {
        assertFalse(NationalIdNumbers.isValid(null));
        assertEquals(Optional.empty(), NationalIdNumbers.normalise(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010145 60013", "  0101 4560 013  ", "0 1 0 1 4 5 6 0 0 1 3"})
    void normalisingRemovesSpaces(String typed) {
        assertEquals(Optional.of("01014560013"), NationalIdNumbers.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "010145-60013", "010145\t60013", "01014560014", "0101456001", "010145 600133"})
    void normalisingRejectsEverythingElse(String typed) {
        assertEquals(Optional.empty(), NationalIdNumbers.normalise(typed));
    }

    @Test
    void maskingKeepsTheDatePartOnly() {
        assertEquals("010145 *****", NationalIdNumbers.mask("01014560013"));
        assertEquals("410145 *****", NationalIdNumbers.mask("41014560007"));
    }

    @Test
    void maskingAnInvalidNumberFailsWithoutRevealingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NationalIdNumbers.mask("01014560014"));

        assertFalse(e.getMessage().contains("010145"), e.getMessage());
    }

    /** The rules written out a second way, to check the implementation against. */
    private static final class Reference {

        private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
        private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

        static boolean isValid(String s) {
            return s.matches("[0-9]{11}") && dateFits(s) && controlDigitsFit(s);
        }

        static boolean controlDigitsFit(String s) {
            String firstNine = s.substring(0, 9);
            int k1 = s.charAt(9) - '0';
            boolean k1Fits = false;
            for (int rule = 11; rule <= 14; rule++) {
                k1Fits |= Reference.k1(firstNine, rule).equals(OptionalInt.of(k1));
            }
            return k1Fits && k2(s.substring(0, 10)).equals(OptionalInt.of(s.charAt(10) - '0'));
        }

        /** k1 = rule − (Σ mod 11) for rule 11 (old) or 12 to 14 (2032), taken mod 11; empty for 10. */
        static OptionalInt k1(String firstNine, int rule) {
            int k1 = rule - sum(firstNine, W1) % 11;
            if (k1 >= 11) {
                k1 -= 11;
            }
            return k1 == 10 ? OptionalInt.empty() : OptionalInt.of(k1);
        }

        static OptionalInt k2(String firstTen) {
            int k2 = 11 - sum(firstTen, W2) % 11;
            if (k2 == 11) {
                k2 = 0;
            }
            return k2 == 10 ? OptionalInt.empty() : OptionalInt.of(k2);
        }

        private static int sum(String digits, int[] weights) {
            int sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += Character.digit(digits.charAt(i), 10) * weights[i];
            }
            return sum;
        }

        private static boolean dateFits(String s) {
            int day = Integer.parseInt(s.substring(0, 2));
            int month = Integer.parseInt(s.substring(2, 4));
            int yearDigits = Integer.parseInt(s.substring(4, 6));
            for (int dayOffset : new int[] {0, 40}) {
                for (int monthOffset : new int[] {0, 40, 65, 80}) {
                    for (int century : new int[] {1800, 1900, 2000}) {
                        int d = day - dayOffset;
                        int m = month - monthOffset;
                        if (m >= 1 && m <= 12 && d >= 1 && YearMonth.of(century + yearDigits, m).isValidDay(d)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }
}
