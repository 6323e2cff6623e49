package no.timebok.booking.login;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A login that any node can resume: the row behind the {@code tb_staff} cookie. It knows its token
 * only as a digest; {@link OpenLogin} says whether it still holds.
 */
@Entity
@Table(name = "staff_session")
public class StaffSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "token_digest", length = 64, updatable = false)
    private String tokenDigest;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private long staffUserId;

    @Column(name = "logged_in_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant loggedInAt;

    protected StaffSession() {
    }

    /** A new session with its token, which only the caller's cookie will hold. */
    static Opened open(long staffUserId, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        StaffSession session = new StaffSession();
        session.tokenDigest = digest(token);
        session.staffUserId = staffUserId;
        session.loggedInAt = now;
        return new Opened(session, token);
    }

    static String digest(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    record Opened(StaffSession session, String token) {
    }
}
