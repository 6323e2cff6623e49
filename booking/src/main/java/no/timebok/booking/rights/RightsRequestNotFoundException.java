package no.timebok.booking.rights;

import jakarta.ejb.ApplicationException;

/** No rights request with that id in the caller's clinics: answered as 404, as if it did not exist. */
@ApplicationException(rollback = true)
public class RightsRequestNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RightsRequestNotFoundException() {
        super("No such rights request in the caller's clinics");
    }
}
