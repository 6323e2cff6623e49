package no.timebok.ear.dev;

import java.nio.file.Path;
import java.util.logging.Logger;
import no.timebok.common.crypto.Keysets;

/** Creates the encryption keyset for a new installation; refuses to overwrite an existing one. */
public final class KeysetTool {

    private static final Logger LOG = Logger.getLogger(KeysetTool.class.getName());

    private KeysetTool() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: KeysetTool /path/to/keyset.json");
        }
        Path keyset = Path.of(args[0]).toAbsolutePath();
        if (!Keysets.createIfAbsent(keyset)) {
            throw new IllegalStateException(keyset + " exists already; replacing it would make stored data unreadable");
        }
        LOG.info(() -> "Created " + keyset + " (owner read/write only). Back it up apart from the database.");
    }
}
