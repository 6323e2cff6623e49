package no.timebok.common.crypto;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.RegistryConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import no.timebok.common.config.TimebokConfig;

/**
 * Seals what a patient sends for staff (a national ID number, free text) with a public key: Tink
 * HPKE, X25519 with HKDF-SHA256 and AES-256-GCM. A node that holds only the public keyset can store
 * such a value and never read it back, nor any other; the private key lies only with the nodes that
 * staff work on. The row and column are bound in as context info, as {@link FieldCipher} binds its
 * context, so a value moved to another row or column does not open. Values sealed before this key
 * pair existed, with the {@link FieldCipher} key, still open.
 */
@ApplicationScoped
public class IntakeSeal {

    @Inject
    TimebokConfig config;

    @Inject
    FieldCipher fieldCipher;

    private volatile HybridEncrypt encrypt;
    private volatile HybridDecrypt decrypt;

    public byte[] seal(String plaintext, String context) {
        try {
            return encrypter().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /** @throws FieldDecryptionException when the value was altered, moved, or sealed under an unknown key */
    public String open(byte[] sealed, String context) {
        try {
            return new String(decrypter().decrypt(sealed, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException notHybrid) {
            // Sealed before the intake had its own key pair: the symmetric key opens it, or nothing does.
            return fieldCipher.open(sealed, context);
        }
    }

    private HybridEncrypt encrypter() {
        if (encrypt == null) {
            encrypt = publicKey(config.intakePublicKeysetPath());
        }
        return encrypt;
    }

    private HybridDecrypt decrypter() {
        if (decrypt == null) {
            decrypt = privateKey(config.intakePrivateKeysetPath());
        }
        return decrypt;
    }

    static HybridEncrypt publicKey(Path keyset) {
        try {
            return Keysets.readPublic(keyset).getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset at " + keyset + " holds no public HPKE key", e);
        }
    }

    static HybridDecrypt privateKey(Path keyset) {
        try {
            return Keysets.read(keyset).getPrimitive(RegistryConfiguration.get(), HybridDecrypt.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The keyset at " + keyset + " holds no private HPKE key", e);
        }
    }

    /** For tests and tools outside a container: sealing with the public keyset alone, as the edge does. */
    public static IntakeSeal sealingOnly(Path publicKeyset) {
        IntakeSeal seal = new IntakeSeal();
        seal.encrypt = publicKey(publicKeyset);
        return seal;
    }

    /** For tests and tools outside a container: both halves, and the older symmetric key for old values. */
    public static IntakeSeal withKeys(Path privateKeyset, Path publicKeyset, Path fieldKeyset) {
        IntakeSeal seal = sealingOnly(publicKeyset);
        seal.decrypt = privateKey(privateKeyset);
        seal.fieldCipher = FieldCipher.withKeyset(fieldKeyset);
        return seal;
    }
}
