package no.timebok.common.validation;

import java.time.Month;
import java.util.Optional;

/**
 * Norwegian national identity numbers: fødselsnummer, D-numbers, H-numbers and the synthetic test
 * numbers of NAV, Skatteetaten and Norsk helsenett. Only the form of a number is checked; whether it
 * was ever issued is for the population register to say. {@link #isValid} accepts every kind, so
 * stored numbers can always be checked, masked and looked up; whether a form takes test numbers
 * ({@link #isTestNumber}) is the form's decision.
 *
 * <p>Neither sex nor century is read from a number: from 2032 the individual number and the first
 * control digit no longer carry them, so any logic built on them would silently break.
 */
public final class NationalIdNumbers {

    private static final int LENGTH = 11;
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    // The weighted sum plus k1, divided by 11, had to leave 0; from 2032 it may leave 0, 1, 2 or 3.
    private static final int K1_REMAINDERS_ACCEPTED = 4;

    private static final int D_NUMBER_DAY_OFFSET = 40;
    private static final int H_NUMBER_MONTH_OFFSET = 40;
    private static final int[] MONTH_OFFSETS = {
        0,
        H_NUMBER_MONTH_OFFSET, // H-numbers, and NAV's synthetic test numbers: the two cannot be told apart
        65, // Norsk helsenett's test data
        80, // Skatteetaten's synthetic test numbers
    };

    private NationalIdNumbers() {
    }

    /**
     * Whether the 11 digits form a possible identity number: a real day and month (after removing the
     * D-number or test-number offsets) and control digits by either the old rule or the 2032 rule.
     * Nothing but ASCII digits is accepted, so callers clean typed input with {@link #normalise} first.
     */
    public static boolean isValid(String elevenDigits) {
        return elevenDigits != null
                && elevenDigits.length() == LENGTH
                && isAsciiDigits(elevenDigits)
                && hasPossibleDate(elevenDigits)
                && hasValidControlDigits(elevenDigits);
    }

    /**
     * Whether a valid number lies in a range only the test registers use (month + 65 or month + 80),
     * so no real person has it. Month + 40 is not among them: real H-numbers use it too.
     */
    public static boolean isTestNumber(String elevenDigits) {
        return isValid(elevenDigits) && twoDigits(elevenDigits, 2) > H_NUMBER_MONTH_OFFSET + 12;
    }

    /**
     * The number as stored, from what a person typed: spaces removed, so that {@code 010190 12345}
     * and {@code 01019012345} are the same number. Empty when the result is not a valid number.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replace(" ", "");
        return isValid(digits) ? Optional.of(digits) : Optional.empty();
    }

    /**
     * The form to show on screens and in logs ({@code 010190 *****}): staff can tell numbers apart by
     * the date part, while the personal number that makes it identifying stays hidden.
     *
     * @throws IllegalArgumentException when the value is not a valid number; the message leaves the
     *     value out, since it may still be someone's real number
     */
    public static String mask(String valid) {
        if (!isValid(valid)) {
            throw new IllegalArgumentException("Only a valid national identity number can be masked");
        }
        return valid.substring(0, 6) + " *****";
    }

    private static boolean isAsciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPossibleDate(String digits) {
        int day = twoDigits(digits, 0);
        if (day > D_NUMBER_DAY_OFFSET) {
            day -= D_NUMBER_DAY_OFFSET;
        }
        int month = withoutMonthOffset(twoDigits(digits, 2));
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        // The year's century is unknown, so 29 February is possible whenever some year ending in
        // these two digits is a leap year: every multiple of four, and 00 because of 2000.
        boolean someLeapYear = twoDigits(digits, 4) % 4 == 0;
        return day <= Month.of(month).length(someLeapYear);
    }

    // The offset ranges do not overlap, so at most one offset leaves a month from 1 to 12.
    private static int withoutMonthOffset(int month) {
        for (int offset : MONTH_OFFSETS) {
            int candidate = month - offset;
            if (candidate >= 1 && candidate <= 12) {
                return candidate;
            }
        }
        return 0;
    }

    private static boolean hasValidControlDigits(String digits) {
        int k1 = digits.charAt(9) - '0';
        int k2 = digits.charAt(10) - '0';
        int k1Remainder = (weightedSum(digits, K1_WEIGHTS) + k1) % 11;
        return k1Remainder < K1_REMAINDERS_ACCEPTED && k2 == expectedK2(digits);
    }

    // Unlike k1, k2 has one right value. It covers k1 too, so it tells the four k1 values apart.
    private static int expectedK2(String digits) {
        int k2 = 11 - weightedSum(digits, K2_WEIGHTS) % 11;
        return k2 == 11 ? 0 : k2;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static int twoDigits(String digits, int from) {
        return (digits.charAt(from) - '0') * 10 + (digits.charAt(from + 1) - '0');
    }
}
