package no.timebok.booking.schedule;

import jakarta.ejb.ApplicationException;

/** The appointment was cancelled; it can't be moved or confirmed any more. */
@ApplicationException(rollback = true)
public class AppointmentCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AppointmentCancelledException() {
        super("The appointment is cancelled");
    }
}
