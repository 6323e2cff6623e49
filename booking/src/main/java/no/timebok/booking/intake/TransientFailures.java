package no.timebok.booking.intake;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Runs a transaction again when the database chose it as a deadlock victim or it waited too long
 * for a lock. The database undid all of it, so running it again is safe, and the patient gets a
 * receipt instead of an error page.
 */
public final class TransientFailures {

    static final int ATTEMPTS = 3;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DUPLICATE_KEY = 1062;
    private static final String DUPLICATE_KEY_MESSAGE = "Duplicate entry";
    private static final Logger LOG = Logger.getLogger(TransientFailures.class.getName());

    private TransientFailures() {
    }

    /** @return what {@code work} returned, after at most {@value #ATTEMPTS} attempts */
    public static <T> T retry(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                int failed = attempt;
                LOG.warning(() -> "Transaction rolled back by a deadlock or lock timeout; attempt " + (failed + 1));
            }
        }
    }

    /**
     * Whether the database refused a row because a unique key already had it: not worth running
     * again, but the row that holds the key may be the answer the caller wants.
     */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_KEY
                    // A persistence provider's wrapper may keep the driver's exception out of the cause
                    // chain, but copies its message.
                    || t.getMessage() != null && t.getMessage().contains(DUPLICATE_KEY_MESSAGE)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransactionRollbackException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || sql.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
