package no.timebok.common.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/** Reading and creating the keyset file that {@link FieldCipher} uses. */
public final class Keysets {

    static {
        try {
            AeadConfig.register();
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
     * replacing a keyset would make every stored ciphertext unreadable.
     *
     * @return true when a keyset was created
     */
    public static boolean createIfAbsent(Path file) {
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

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Non-POSIX file systems rely on the directory's own access control.
        }
    }
}
