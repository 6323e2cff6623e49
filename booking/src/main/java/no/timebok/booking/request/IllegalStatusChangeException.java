package no.timebok.booking.request;

import jakarta.ejb.ApplicationException;

/** A status change the queue's workflow doesn't allow, such as reopening a completed request. */
@ApplicationException(rollback = true)
public class IllegalStatusChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalStatusChangeException(BookingStatus from, BookingStatus to) {
        super("A request can't go from " + from + " to " + to);
    }
}
