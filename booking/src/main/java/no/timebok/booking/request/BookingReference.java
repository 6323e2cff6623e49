package no.timebok.booking.request;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The short code a patient quotes on the phone, such as {@code TB-7K4Q-2M}. It is for people, not
 * for access: nothing can be read with it alone (links carry a {@link ReceiptToken}).
 * Crockford's alphabet leaves out I, L, O and U, which are misread when spoken or handwritten.
 */
public final class BookingReference {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern FORMAT = Pattern.compile("TB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingReference() {
    }

    public static String next() {
        return next("TB-");
    }

    /**
     * A code in the same alphabet under another prefix, for what is not a booking request (a
     * waiting-list entry is {@code WL-…}), so a message's reference never names the wrong thing.
     */
    public static String next(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        for (int i = 0; i < 6; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
