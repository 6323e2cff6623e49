package no.timebok.booking.intake;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import no.timebok.common.error.BusinessException;

/**
 * Runs a transaction again when the database chose it as a deadlock victim, it waited too long for
 * a lock, or the random booking reference it drew was taken. The database undid all of it, so
 * running it again is safe, and the patient gets a receipt instead of an error page.
 */
public final class TransientFailures {

    static final int ATTEMPTS = 3;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int DUPLICATE_KEY = 1062;
    private static final String DUPLICATE_KEY_MESSAGE = "Duplicate entry";
    /**
     * The unique key on {@code booking_request.reference} (V1), as MariaDB names it ("for key 'uq_…'")
     * and MySQL 8 with its table ("for key 'booking_request.uq_…'").
     */
    private static final Pattern REFERENCE_TAKEN = Pattern.compile(
            "Duplicate entry '[^']*' for key '(?:booking_request\\.)?uq_booking_request_reference'");
    private static final Logger LOG = Logger.getLogger(TransientFailures.class.getName());

    private TransientFailures() {
    }

    /** @return what {@code work} returned, after at most {@value #ATTEMPTS} attempts */
    public static <T> T retry(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                boolean referenceTaken = isReferenceTaken(e);
                if (attempt >= ATTEMPTS || !referenceTaken && !isTransient(e)) {
                    throw e;
                }
                int failed = attempt;
                LOG.warning(() -> (referenceTaken ? "Booking reference already taken" : "Transaction rolled back by a"
                        + " deadlock or lock timeout") + "; attempt " + (failed + 1));
            }
        }
    }

    /**
     * The one result of a form's showing: {@code work} under {@link #retry}, and when a second post
     * of the same showing lost the race to store (the database refused its duplicate form key),
     * whatever the first one stored, as {@code earlier} finds it. A business refusal is thrown as it is.
     *
     * @param posted names the form in the log line, never what was typed
     */
    public static <T> T once(Supplier<T> work, Supplier<Optional<T>> earlier, String posted) {
        try {
            return retry(work);
        } catch (BusinessException refusal) {
            throw refusal;
        } catch (RuntimeException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            LOG.info(() -> posted + " posted twice at once; the second post gets what the first one stored");
            return earlier.get().orElseThrow(() -> e);
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

    /**
     * Whether the database refused a new request because its randomly drawn reference was taken:
     * the intake draws a new one when run again. Told apart from a taken form key, which must not
     * be run again, by the key's name in the driver's message, which every wrapper copies.
     */
    static boolean isReferenceTaken(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && REFERENCE_TAKEN.matcher(t.getMessage()).find()) {
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
