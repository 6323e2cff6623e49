package no.timebok.booking.schedule;

import jakarta.ejb.ApplicationException;

/** Someone else booked this time first (or it is outside opening hours): pick another slot. */
@ApplicationException(rollback = true)
public class SlotTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SlotTakenException() {
        super("This time was just taken. Choose another slot.");
    }
}
