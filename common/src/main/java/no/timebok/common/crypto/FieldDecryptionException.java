package no.timebok.common.crypto;

/** A stored ciphertext could not be opened; the message names the context, never the data. */
public class FieldDecryptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FieldDecryptionException(String context) {
        super("Cannot decrypt the field in context '" + context + "'");
    }
}
