package no.timebok.booking.clinicsetup;

import jakarta.ejb.ApplicationException;

/**
 * No such resource, closure, notice or kind of visit in the administrator's clinics: the same
 * answer whether it belongs to another clinic or does not exist.
 */
@ApplicationException(rollback = true)
public class SetupItemNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SetupItemNotFoundException() {
        super("No such item in your clinics");
    }
}
