package no.timebok.booking.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.FieldDecryptionException;

/**
 * Tokens the public form carries without a server session: a CSRF token (double-submit cookie)
 * and a sealed "form shown at" time for the minimum fill time. The time is sealed with the
 * application's key, so every node of a cluster can check it and no client can forge it.
 */
@ApplicationScoped
public class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHOWN_AT_CONTEXT = "public-form/shown-at";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @Inject
    FieldCipher cipher;

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
        byte[] millis = ByteBuffer.allocate(Long.BYTES).putLong(clock.millis()).array();
        return ENCODER.encodeToString(cipher.sealBytes(millis, SHOWN_AT_CONTEXT));
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
        try {
            byte[] millis = cipher.openBytes(Base64.getUrlDecoder().decode(token), SHOWN_AT_CONTEXT);
            return Optional.of(Instant.ofEpochMilli(ByteBuffer.wrap(millis).getLong()));
        } catch (IllegalArgumentException | FieldDecryptionException e) {
            return Optional.empty();
        }
    }
}
