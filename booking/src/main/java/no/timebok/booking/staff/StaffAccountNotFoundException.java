package no.timebok.booking.staff;

import jakarta.ejb.ApplicationException;

/**
 * No account with this id that the administrator may manage: the same answer for an account of
 * another clinic as for none at all.
 */
@ApplicationException(rollback = true)
public class StaffAccountNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StaffAccountNotFoundException() {
        super("No such account in your clinics");
    }
}
