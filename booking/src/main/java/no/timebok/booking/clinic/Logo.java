package no.timebok.booking.clinic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The group's logo: a PNG, JPEG or WebP image of at most {@link #MAX_BYTES}, recognised by its
 * first bytes rather than by what the upload claims. SVG is refused: it can carry script, and the
 * logo is served on every public page.
 */
public record Logo(byte[] bytes, String mediaType) {

    /** Under the bound every request body has (BodySizeLimitFilter), with room for the upload form around it. */
    public static final int MAX_BYTES = 100 * 1024;

    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The image, when the bytes are one of the accepted kinds and small enough. */
    public static Optional<Logo> read(byte[] upload) {
        if (upload == null || upload.length == 0 || upload.length > MAX_BYTES) {
            return Optional.empty();
        }
        return sniff(upload).map(type -> new Logo(upload, type));
    }

    /**
     * A strong validator of this image for an HTTP ETag, quotes included: a digest of its type and
     * bytes, so a browser revalidates its copy cheaply and gets a new one the moment it changes.
     */
    public String entityTag() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(mediaType.getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha256.digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Optional<String> sniff(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Logo logo && logo.mediaType.equals(mediaType) && Arrays.equals(logo.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Logo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
