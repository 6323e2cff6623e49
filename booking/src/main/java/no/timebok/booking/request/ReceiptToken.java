package no.timebok.booking.request;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** 128 random bits, URL-safe: the only key to a receipt page, so it must not be guessable. */
public final class ReceiptToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    private ReceiptToken() {
    }

    public static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
