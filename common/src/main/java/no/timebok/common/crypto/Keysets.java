package no.timebok.common.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.hybrid.HpkeParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import no.timebok.common.config.TimebokConfig;

/** Reading and creating the keyset files that {@link FieldCipher} and {@link IntakeSeal} use. */
public final class Keysets {

    static {
        try {
            AeadConfig.register();
            HybridConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Keysets() {
    }

    public static KeysetHandle read(Path file) {
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the encryption keyset at " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The file " + file + " is not a Tink keyset", e);
        }
    }

    /**
     * Writes a new AES-256-GCM keyset readable by its owner only, unless the file exists already:
     * replacing a keyset would make every stored ciphertext unreadable. The intake's key pair
     * beside it is made too, when missing.
     *
     * @return true when a keyset was created
     */
    public static boolean createIfAbsent(Path file) {
        // The intake's pair lies beside it; an installation from before the pair existed gets it now.
        createIntakePairIfAbsent(file.resolveSibling(TimebokConfig.INTAKE_PRIVATE_FILE),
                file.resolveSibling(TimebokConfig.INTAKE_PUBLIC_FILE));
        if (Files.exists(file)) {
            return false;
        }
        try {
            KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            restrictToOwner(file);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write an encryption keyset to " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate an encryption keyset", e);
        }
    }

    /**
     * Writes a new HPKE key pair for the intake (X25519, HKDF-SHA256, AES-256-GCM) unless its private
     * keyset exists already: the private keyset readable by its owner only, and beside it the public
     * keyset, which holds no secret and is all a public-facing node gets.
     *
     * @return true when a key pair was created
     */
    public static boolean createIntakePairIfAbsent(Path privateFile, Path publicFile) {
        if (Files.exists(privateFile)) {
            return false;
        }
        try {
            KeysetHandle handle = KeysetHandle.generateNew(HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.TINK)
                    .build());
            write(privateFile, TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
            restrictToOwner(privateFile);
            Files.deleteIfExists(publicFile);
            write(publicFile, TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(handle.getPublicKeysetHandle()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the intake's key pair to " + privateFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate the intake's key pair", e);
        }
    }

    /** A keyset without secret key material: the intake's public keyset. */
    public static KeysetHandle readPublic(Path file) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the public keyset at " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The file " + file + " is not a Tink public keyset", e);
        }
    }

    private static void write(Path file, String json) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems rely on the directory's own access control.
        }
    }
}
