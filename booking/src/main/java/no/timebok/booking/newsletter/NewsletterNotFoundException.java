package no.timebok.booking.newsletter;

import jakarta.ejb.ApplicationException;

/** No newsletter with that id in the caller's clinics: answered as 404, as if it did not exist. */
@ApplicationException(rollback = true)
public class NewsletterNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NewsletterNotFoundException() {
        super("No such newsletter in the caller's clinics");
    }
}
