package no.timebok.booking.queue;

import jakarta.ejb.ApplicationException;

/**
 * No request with this id in the caller's clinics. The same answer whether it exists elsewhere or
 * not at all, so a guessed id reveals nothing.
 */
@ApplicationException(rollback = true)
public class RequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestNotFoundException() {
        super("No such request in your clinics");
    }
}
