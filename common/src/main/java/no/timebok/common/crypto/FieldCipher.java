package no.timebok.common.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.util.logging.Logger;
import no.timebok.common.config.TimebokConfig;

/**
 * Seals and opens personal fields. The {@code context} is bound into each ciphertext as associated
 * data (for example the column and the row's public id), so a value copied into another row or
 * column fails to open instead of showing the wrong person's data.
 *
 * <p>The keyset file may change under a running server (a key rotation adds a new primary key):
 * it is read again when its modification time changes, checked by the re-seal timer and whenever a
 * value does not open, since another node may already have sealed it under the new key.
 */
@ApplicationScoped
public class FieldCipher {

    private static final Logger LOG = Logger.getLogger(FieldCipher.class.getName());
    /** Tink's prefix of a ciphertext: one version byte (1 for TINK output), then the key's id. */
    private static final int PREFIX = 5;

    @Inject
    TimebokConfig config;

    private volatile Loaded keys;

    private record Loaded(Path file, FileTime modified, Aead aead, int primaryKeyId, int keyCount) {

        static Loaded from(Path file) {
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                KeysetHandle handle = Keysets.read(file);
                return new Loaded(file, modified, handle.getPrimitive(RegistryConfiguration.get(), Aead.class),
                        handle.getPrimary().getId(), handle.size());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the encryption keyset at " + file, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The keyset at " + file + " holds no AEAD key", e);
            }
        }
    }

    @PostConstruct
    void loadKeyset() {
        keys = Loaded.from(config.keysetPath());
    }

    /**
     * Reads the keyset again if its file changed since it was read.
     *
     * @return whether it was read again
     */
    public synchronized boolean reloadIfChanged() {
        Loaded current = keys;
        try {
            if (Files.getLastModifiedTime(current.file()).equals(current.modified())) {
                return false;
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot check the keyset file for changes: " + e.getMessage());
            return false;
        }
        Loaded fresh = Loaded.from(current.file());
        keys = fresh;
        if (fresh.primaryKeyId() != current.primaryKeyId()) {
            LOG.info(() -> "The keyset has a new primary key (id " + Integer.toUnsignedString(fresh.primaryKeyId())
                    + "); new values are sealed under it");
        }
        return true;
    }

    /** The id of the key new values are sealed under. */
    public int primaryKeyId() {
        return keys.primaryKeyId();
    }

    /** Whether the keyset holds keys besides the primary: only then can a stored value need re-sealing. */
    public boolean hasOlderKeys() {
        return keys.keyCount() > 1;
    }

    /** Whether a sealed value names the primary key, so re-sealing it would change nothing. */
    public boolean isUnderPrimary(byte[] ciphertext) {
        return keyIdOf(ciphertext) == primaryKeyId() && ciphertext[0] == 1;
    }

    /** The id of the key a value was sealed under, as its prefix names it; 0 when it has none. */
    public static int keyIdOf(byte[] ciphertext) {
        return ciphertext == null || ciphertext.length < PREFIX ? 0 : ByteBuffer.wrap(ciphertext, 1, 4).getInt();
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
            return keys.aead().encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** @throws FieldDecryptionException when the value was altered, moved, or sealed under an unknown key */
    public byte[] openBytes(byte[] ciphertext, String context) {
        try {
            return keys.aead().decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            if (reloadIfChanged()) {
                return openBytes(ciphertext, context);
            }
            throw new FieldDecryptionException(context);
        }
    }

    /** The value sealed again under the primary key, with the same context. */
    public byte[] resealed(byte[] ciphertext, String context) {
        return sealBytes(openBytes(ciphertext, context), context);
    }

    /** For tests and tools outside a container. */
    public static FieldCipher withKeyset(Path keyset) {
        FieldCipher cipher = new FieldCipher();
        cipher.keys = Loaded.from(keyset);
        return cipher;
    }
}
