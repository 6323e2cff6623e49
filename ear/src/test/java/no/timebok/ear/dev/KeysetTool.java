package no.timebok.ear.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.Keysets;

/**
 * Creates the encryption keyset of a new installation and the intake's key pair beside it (also
 * for an installation from before the pair existed); refuses to overwrite either.
 */
public final class KeysetTool {

    private static final Logger LOG = Logger.getLogger(KeysetTool.class.getName());

    private KeysetTool() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KeysetTool /path/to/keyset.json");
        }
        Path keyset = Path.of(args[0]).toAbsolutePath();
        Path intakePrivate = keyset.resolveSibling(TimebokConfig.INTAKE_PRIVATE_FILE);
        boolean hadPair = Files.exists(intakePrivate);
        if (!Keysets.createIfAbsent(keyset) && hadPair) {
            throw new IllegalStateException(keyset + " and " + intakePrivate + " exist already; replacing them would make"
                    + " stored data unreadable");
        }
        LOG.info(() -> "Keys in " + keyset.getParent() + ": " + keyset.getFileName() + " and " + intakePrivate.getFileName()
                + " (owner read/write only; back them up apart from the database), and "
                + TimebokConfig.INTAKE_PUBLIC_FILE + " (no secret: the only key a public-facing node needs).");
    }
}
