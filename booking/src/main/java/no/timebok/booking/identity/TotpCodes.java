package no.timebok.booking.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, six digits, 30-second steps. A code
 * from the step before or after is accepted too, for clocks a little apart, but never a step at or
 * before the last one used, so an overheard code can't be replayed.
 */
public final class TotpCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP);

    private TotpCodes() {
    }

    /** A new 160-bit secret, the length RFC 4226 recommends. */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static String base32(byte[] secret) {
        return new Base32().encodeToString(secret).replace("=", "");
    }

    public static String code(byte[] secret, Instant at) {
        try {
            return String.format("%06d", GENERATOR.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 rejected a raw key", e);
        }
    }

    /** The step the code belongs to, if it is valid now and newer than {@code lastUsedStep}. */
    public static OptionalLong acceptedStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.getSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && code(secret, Instant.ofEpochSecond(step * STEP.getSeconds())).equals(code.strip())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }
}
