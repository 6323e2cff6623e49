package no.timebok.booking.rights;

import jakarta.ejb.ApplicationException;

/** The rights request was already recorded as answered; answering it again would falsify its date. */
@ApplicationException(rollback = true)
public class RightsRequestAnsweredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RightsRequestAnsweredException() {
        super("The rights request is already answered");
    }
}
