package no.timebok.common.persistence;

import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work a timer does in batches, each its own transaction, until a batch comes back short. A failed
 * batch rolled back whole; the next interval tries again, so a failure is logged and not thrown.
 */
public final class Batches {

    private Batches() {
    }

    /**
     * @param batch does up to its argument's rows and answers how many it claimed
     */
    public static void drain(Logger log, String work, int size, IntUnaryOperator batch) {
        try {
            while (batch.applyAsInt(size) == size) {
                // The next batch.
            }
        } catch (RuntimeException e) {
            // The exception's message may quote a row, so only its kind.
            log.log(Level.WARNING, "{0} failed with {1}; retried at the next interval",
                    new Object[] {work, e.getClass().getName()});
        }
    }
}
