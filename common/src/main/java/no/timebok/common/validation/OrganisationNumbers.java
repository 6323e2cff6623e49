package no.timebok.common.validation;

import java.util.Optional;

/**
 * Norwegian organisation numbers (Enhetsregisteret): nine digits whose last is a modulus-11 check
 * digit. A clinic is its patients' data controller under its number, so a typo must not reach the
 * privacy notice.
 */
public final class OrganisationNumbers {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private OrganisationNumbers() {
    }

    /** The nine digits, spaces removed, when they form a valid number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replace(" ", "").replace("\u00a0", "");
        if (!digits.matches("[0-9]{9}")) {
            return Optional.empty();
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(8) - '0' ? Optional.of(digits) : Optional.empty();
    }
}
