package no.timebok.common.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

/**
 * Changes the keyset file of a running installation: a new primary key (old values stay readable,
 * since each names its key), and later the retirement of the keys no value is sealed under any
 * more. The file is replaced in one atomic rename, so a server reading it sees the old or the new
 * keyset, never half of one.
 */
public final class KeysetRotation {

    private KeysetRotation() {
    }

    /** @return the id of the new primary key */
    public static int addPrimary(Path file) {
        try {
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(Keysets.read(file));
            KeysetHandle.Builder.Entry entry = KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId().makePrimary();
            builder.addEntry(entry);
            KeysetHandle rotated = builder.build();
            replace(file, rotated);
            return rotated.getPrimary().getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot add a key to the keyset at " + file, e);
        }
    }

    /**
     * Deletes every key but the primary. Only safe once no stored value names another key: the
     * re-seal's progress says when (every column done for this primary).
     *
     * @return how many keys were deleted
     */
    public static int retireAllButPrimary(Path file) {
        try {
            KeysetHandle handle = Keysets.read(file);
            KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
            int retired = 0;
            for (int i = builder.size() - 1; i >= 0; i--) {
                if (!builder.getAt(i).isPrimary()) {
                    builder.deleteAt(i);
                    retired++;
                }
            }
            if (retired > 0) {
                replace(file, builder.build());
            }
            return retired;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot retire keys of the keyset at " + file, e);
        }
    }

    private static void replace(Path file, KeysetHandle handle) throws GeneralSecurityException {
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.deleteIfExists(next);
            Files.writeString(next, json, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Non-POSIX file systems rely on the directory's own access control.
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot replace the keyset at " + file, e);
        }
    }
}
