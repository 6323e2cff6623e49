package no.timebok.common.retention;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.Map;

/**
 * Booking's way to make messaging forget what it copied from a booking request when the
 * contact-data policy erases the request's contact data. Implemented by messaging as an EJB; the
 * call joins the caller's transaction, so the request and its messages lose their addresses together.
 */
@Local
public interface MessageAddresses {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "MessageAddresses";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.retention.MessageAddresses";

    /**
     * Erases the recipient and template fields of every message under the given references.
     *
     * @return rows changed per table
     */
    Map<String, Long> forget(Collection<String> subjectReferences);
}
