package no.timebok.booking.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * The container's PBKDF2, set to OWASP's current advice for PBKDF2-HMAC-SHA512 (210,000 iterations)
 * with a 32-byte salt. The parameters are stored in each hash, so raising them later only affects
 * new hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    /** Checked against when the user name is unknown, so that case costs the same time. */
    private String decoy;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("decoy password that matches nothing".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for a user name that doesn't exist. */
    public void spendEquivalentTime(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
