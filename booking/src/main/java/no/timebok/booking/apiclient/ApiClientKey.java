package no.timebok.booking.apiclient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client key as a partner sends it: {@code tbk.<key id>.<secret>}. The id finds the client
 * without a scan; the secret (256 random bits) proves it. A fast digest of the secret is enough to
 * store: nobody can guess 256 bits, so the slow hashes passwords need would only cost every request.
 */
public record ApiClientKey(String keyId, String secret) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern BEARER = Pattern.compile("Bearer tbk\\.([a-z2-7]{16})\\.([A-Za-z0-9_-]{43})");
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    public static ApiClientKey generate() {
        StringBuilder id = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return new ApiClientKey(id.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The key of an {@code Authorization: Bearer …} header; empty for anything else. */
    public static Optional<ApiClientKey> fromAuthorization(String header) {
        if (header == null || header.length() > 100) {
            return Optional.empty();
        }
        Matcher matcher = BEARER.matcher(header.strip());
        return matcher.matches() ? Optional.of(new ApiClientKey(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** What the partner is given, once, and puts into its {@code Authorization: Bearer} header. */
    public String text() {
        return "tbk." + keyId + "." + secret;
    }

    public byte[] secretDigest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Never the secret: a key that reaches a log must not be usable. */
    @Override
    public String toString() {
        return "ApiClientKey[" + keyId + "]";
    }
}
