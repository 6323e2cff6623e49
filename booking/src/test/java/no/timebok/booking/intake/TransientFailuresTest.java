package no.timebok.booking.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aDeadlockVictimIsRunAgainAndItsResultReturned() {
        AtomicInteger calls = new AtomicInteger();

        String result = TransientFailures.retry(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new EJBException(new RuntimeException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213)));
            }
            return "receipt";
        });

        assertEquals("receipt", result);
        assertEquals(2, calls.get());
    }

    @Test
    void aSecondPostThatLostTheRaceToStoreGetsWhatTheFirstStored() {
        String answer = TransientFailures.once(() -> {
            throw new EJBException(new RuntimeException(new SQLException("Duplicate entry 'x' for key 'form_key'", "23000", 1062)));
        }, () -> java.util.Optional.of("first post's receipt"), "Test form");

        assertEquals("first post's receipt", answer);
    }

    @Test
    void onceLeavesRefusalsAndOtherFailuresAlone() {
        InvalidInputException invalid = new FieldErrors().add("phone", "error.phone.invalid").asException();
        IllegalStateException broken = new IllegalStateException("no");

        assertEquals(invalid, assertThrows(InvalidInputException.class,
                () -> TransientFailures.once(() -> { throw invalid; }, () -> java.util.Optional.of("x"), "Test form")));
        assertEquals(broken, assertThrows(IllegalStateException.class,
                () -> TransientFailures.once(() -> { throw broken; }, () -> java.util.Optional.of("x"), "Test form")));
    }

    @Test
    void aLockWaitTimeoutIsTransientToo() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205))));
    }

    @Test
    void anInvalidFormIsNeverRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThrows(InvalidInputException.class, () -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw new FieldErrors().add("phone", "phone.invalid").asException();
        }));
        assertEquals(1, calls.get());
    }

    @Test
    void aPersistentDeadlockGivesUpAfterThreeAttempts() {
        AtomicInteger calls = new AtomicInteger();

        assertThrows(EJBException.class, () -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw new EJBException(new SQLTransactionRollbackException("Deadlock found", "40001", 1213));
        }));
        assertEquals(TransientFailures.ATTEMPTS, calls.get());
    }

    @Test
    void aDuplicateKeyIsRecognisedThroughWrappersButIsNotTransient() {
        RuntimeException duplicate = new EJBException(new RuntimeException(
                new SQLException("Duplicate entry 'x' for key 'uq_booking_request_form_key'", "23000", 1062)));
        RuntimeException wrappedByMessage = new RuntimeException(
                "Internal Exception: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry 'x' for key 'k'");

        assertTrue(TransientFailures.isDuplicateKey(duplicate));
        assertTrue(TransientFailures.isDuplicateKey(wrappedByMessage));
        assertTrue(TransientFailures.isDuplicateKey(new java.sql.SQLIntegrityConstraintViolationException("x")));
        assertFalse(TransientFailures.isTransient(duplicate));
        assertFalse(TransientFailures.isDuplicateKey(new RuntimeException(new SQLException("Deadlock", "40001", 1213))));
    }
}
