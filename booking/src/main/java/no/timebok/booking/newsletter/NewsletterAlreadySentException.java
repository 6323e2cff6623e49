package no.timebok.booking.newsletter;

import jakarta.ejb.ApplicationException;

/** A newsletter goes out once; a second send (a double click, a retry) sends nothing. */
@ApplicationException(rollback = true)
public class NewsletterAlreadySentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NewsletterAlreadySentException() {
        super("The newsletter was sent already");
    }
}
