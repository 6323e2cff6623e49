package no.timebok.booking.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import no.timebok.common.config.TimebokConfig;

/**
 * Tokens the public form carries without a server session: a CSRF token (double-submit cookie)
 * and a signed "form shown at" time for the minimum fill time. The time, with a fresh nonce, is
 * signed with a key of the data grid ({@link GridKeys}), so every node of the grid can check it and
 * no client can forge it; an edge node needs no key that opens stored data for this.
 */
@ApplicationScoped
public class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEY = "public-form/shown-at";
    private static final int NONCE = 16;
    private static final int TAG = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    GridKeys keys;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    public String newCsrfToken() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return ENCODER.encodeToString(bits);
    }

    /** Constant-time comparison of the cookie and the form field. */
    public boolean csrfMatches(String cookieValue, String formValue) {
        return cookieValue != null && formValue != null && !cookieValue.isEmpty()
                && MessageDigest.isEqual(cookieValue.getBytes(StandardCharsets.US_ASCII),
                formValue.getBytes(StandardCharsets.US_ASCII));
    }

    public String shownAtToken() {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        byte[] signed = ByteBuffer.allocate(Long.BYTES + NONCE).putLong(clock.millis()).put(nonce).array();
        return ENCODER.encodeToString(ByteBuffer.allocate(signed.length + TAG).put(signed).put(tag(signed)).array());
    }

    /** @throws BotCheckFailedException when the token is missing, forged, or the form came back too fast */
    public void requireFilledByPerson(String shownAtToken) {
        Instant shownAt = shownAt(shownAtToken).orElseThrow(() -> new BotCheckFailedException("fill-time-token"));
        if (Duration.between(shownAt, clock.instant()).compareTo(config.minFillTime()) < 0) {
            throw new BotCheckFailedException(BotCheckFailedException.TOO_FAST);
        }
    }

    /**
     * The key of one showing of the form: a digest of its "shown at" token, which is sealed with a
     * fresh nonce each time the form is shown and kept while the same form is shown again with errors.
     * One key stores at most one request, so a second click on "Send" finds the first.
     */
    public String formKey(String shownAtToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(shownAtToken.getBytes(StandardCharsets.US_ASCII));
            return ENCODER.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** A valid token from an earlier showing is kept, so a person correcting errors is not held back. */
    public String keepOrRenew(String shownAtToken) {
        return shownAt(shownAtToken).isPresent() ? shownAtToken : shownAtToken();
    }

    private Optional<Instant> shownAt(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (bytes.length != Long.BYTES + NONCE + TAG) {
            return Optional.empty();
        }
        byte[] signed = Arrays.copyOf(bytes, Long.BYTES + NONCE);
        if (!MessageDigest.isEqual(tag(signed), Arrays.copyOfRange(bytes, signed.length, bytes.length))) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(ByteBuffer.wrap(signed).getLong()));
    }

    private byte[] tag(byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.hmacKey(KEY));
            return mac.doFinal(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
