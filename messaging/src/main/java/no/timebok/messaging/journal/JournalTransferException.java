package no.timebok.messaging.journal;

/** The journal did not take a message; it stays, flagged on the worklist, until a later run succeeds. */
public class JournalTransferException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalTransferException(String message) {
        super(message);
    }

    public JournalTransferException(String message, Throwable cause) {
        super(message, cause);
    }
}
