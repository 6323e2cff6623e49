package no.timebok.booking.staff;

import no.timebok.common.error.FieldErrors;

/**
 * NIST SP 800-63B's advice: length over composition rules, so a long passphrase is fine and no
 * "one digit, one symbol" games. The upper bound keeps PBKDF2's work bounded.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /**
     * Adds the password's first error, if any, under {@code field}. A missing username (itself an
     * error of its own field) is not held against the password.
     */
    public static void check(String field, String password, String username, FieldErrors errors) {
        if (password == null || password.isEmpty()) {
            errors.add(field, "staff.password.required");
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(field, "staff.password.too-short");
        } else if (password.length() > MAX_LENGTH) {
            errors.add(field, "staff.password.too-long");
        } else if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            errors.add(field, "staff.password.contains-username");
        }
    }
}
