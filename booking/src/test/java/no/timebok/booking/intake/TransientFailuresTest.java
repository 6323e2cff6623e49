package no.timebok.booking.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
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

    /** What MariaDB's driver throws when an insert hits a unique key, as it words it. */
    private static SQLIntegrityConstraintViolationException duplicate(String value, String key) {
        return new SQLIntegrityConstraintViolationException(
                "(conn=41) Duplicate entry '" + value + "' for key '" + key + "'", "23000", 1062);
    }

    /** As the container hands it back when the insert failed at flush: the driver's exception inside. */
    private static RuntimeException rolledBack(SQLException driver) {
        return new EJBTransactionRolledbackException("Transaction rolled back",
                new RollbackException(new PersistenceException("Exception [EclipseLink-4002]", driver)));
    }

    @Test
    void aTakenReferenceIsRunAgainAndTheSecondDrawReturned() {
        AtomicInteger calls = new AtomicInteger();

        String result = TransientFailures.retry(() -> {
            if (calls.incrementAndGet() == 1) {
                throw rolledBack(duplicate("TB-7K4Q-2M", "uq_booking_request_reference"));
            }
            return "receipt TB-9XRT-4H";
        });

        assertEquals("receipt TB-9XRT-4H", result);
        assertEquals(2, calls.get());
    }

    @Test
    void aTakenReferenceIsRecognisedByTheMessageAloneWhenAWrapperDropsTheCause() {
        // EclipseLink's DatabaseException copies the driver's message but may not chain it as the cause.
        RuntimeException copied = new EJBException(new PersistenceException("Exception [EclipseLink-4002]: "
                + "org.eclipse.persistence.exceptions.DatabaseException\nInternal Exception: "
                + "java.sql.SQLIntegrityConstraintViolationException: (conn=41) Duplicate entry 'TB-7K4Q-2M' for key "
                + "'uq_booking_request_reference'\nError Code: 1062\nCall: INSERT INTO booking_request (form_key,"
                + " reference, receipt_token) VALUES (?, ?, ?)"));
        RuntimeException mysql8 = rolledBack(duplicate("TB-7K4Q-2M", "booking_request.uq_booking_request_reference"));

        assertTrue(TransientFailures.isReferenceTaken(copied));
        assertTrue(TransientFailures.isReferenceTaken(mysql8));
    }

    @Test
    void aTakenFormKeyIsNotRunAgainButAnsweredWithWhatTheFirstPostStored() {
        AtomicInteger calls = new AtomicInteger();

        String answer = TransientFailures.once(() -> {
            calls.incrementAndGet();
            // The insert names the reference column too; only the key's name tells them apart.
            throw rolledBack(duplicate("q2nG8v0Jc1cS1Lx4bJ2w1aA1w8d6wPqzQvJb3kR5tYc", "uq_booking_request_form_key"));
        }, () -> Optional.of("first post's receipt"), "Test form");

        assertEquals("first post's receipt", answer);
        assertEquals(1, calls.get());
        assertFalse(TransientFailures.isReferenceTaken(rolledBack(duplicate("x", "uq_booking_request_form_key"))));
    }

    @Test
    void aReferenceTakenOnEveryDrawGivesUpAfterThreeAttempts() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException taken = rolledBack(duplicate("TB-7K4Q-2M", "uq_booking_request_reference"));

        assertEquals(taken, assertThrows(EJBTransactionRolledbackException.class, () -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw taken;
        })));
        assertEquals(TransientFailures.ATTEMPTS, calls.get());
    }
}
