package no.timebok.common.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import no.timebok.common.config.TimebokConfig;

/**
 * Seals and opens personal fields. The {@code context} is bound into each ciphertext as associated
 * data (for example the column and the row's public id), so a value copied into another row or
 * column fails to open instead of showing the wrong person's data.
 */
@ApplicationScoped
public class FieldCipher {

    @Inject
    TimebokConfig config;

    private Aead aead;

    @PostConstruct
    void loadKeyset() {
        aead = forKeyset(config.keysetPath());
    }

    static Aead forKeyset(Path keyset) {
        try {
            return Keysets.read(keyset).getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset at " + keyset + " holds no AEAD key", e);
        }
    }

    public byte[] seal(String plaintext, String context) {
        return sealBytes(plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    /** @throws FieldDecryptionException when the value was altered, moved, or sealed under an unknown key */
    public String open(byte[] ciphertext, String context) {
        return new String(openBytes(ciphertext, context), StandardCharsets.UTF_8);
    }

    public byte[] sealBytes(byte[] plaintext, String context) {
        try {
            return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** @throws FieldDecryptionException when the value was altered, moved, or sealed under an unknown key */
    public byte[] openBytes(byte[] ciphertext, String context) {
        try {
            return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new FieldDecryptionException(context);
        }
    }

    /** For tests and tools outside a container. */
    public static FieldCipher withKeyset(Path keyset) {
        FieldCipher cipher = new FieldCipher();
        cipher.aead = forKeyset(keyset);
        return cipher;
    }
}
