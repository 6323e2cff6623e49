package no.timebok.common.messaging;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The sender name each clinic's SMS go out under. Implemented by booking, which owns the clinics,
 * as an EJB under {@link #JNDI_NAME}; messaging asks when an SMS leaves, so a name an administrator
 * changes applies from the next message, also to messages already queued.
 */
@Local
public interface ClinicSenders {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */
    String BEAN = "ClinicSenders";

    String JNDI_NAME = "java:app/booking/" + BEAN + "!no.timebok.common.messaging.ClinicSenders";

    /** The clinic's own SMS sender name; empty when it has none or is unknown, and the configured default applies. */
    Optional<String> smsSender(long clinicId);
}
