package no.timebok.booking.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.timebok.common.messaging.TextLinks;

/**
 * The signature on a newsletter copy's redirect: HMAC-SHA256, under the newsletter's own key, of
 * the copy's token and the address it leads to. Without it the redirect would be an open redirect
 * anyone could point at a phishing page under the clinic's name; with it, only addresses that an
 * administrator wrote into that newsletter lead anywhere, and only from its own copies.
 */
public final class LinkSignature {

    static final int KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private LinkSignature() {
    }

    /** A new newsletter's key: 256 random bits. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /**
     * @throws IllegalArgumentException when the target is not an http or https address, which no
     *         redirect may lead to
     */
    public static String sign(byte[] key, String copyToken, String target) {
        if (!TextLinks.isWebAddress(target)) {
            throw new IllegalArgumentException("Only web addresses are signed");
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, copyToken, target));
    }

    /** Whether the signature is this key's for this copy and target; false for anything malformed, never an exception. */
    public static boolean verifies(byte[] key, String copyToken, String target, String signature) {
        if (key == null || key.length != KEY_BYTES || copyToken == null || signature == null || !TextLinks.isWebAddress(target)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        // Constant time, so the answer's timing does not leak how much of a guess was right.
        return MessageDigest.isEqual(mac(key, copyToken, target), given);
    }

    private static byte[] mac(byte[] key, String copyToken, String target) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            // The separator cannot occur in a token, so no other token and target give the same input.
            return mac.doFinal((copyToken + "\n" + target).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
