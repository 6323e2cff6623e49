package no.timebok.common.messaging;

import jakarta.ejb.Local;

/**
 * Queues messages to patients. Implemented by messaging as an EJB; booking looks it up by its
 * portable name {@link #JNDI_NAME}. The call joins the caller's transaction, so a booking and its
 * message are stored together or not at all.
 */
@Local
public interface PatientMessages {

    String JNDI_NAME = "java:app/messaging/OutboxService!no.timebok.common.messaging.PatientMessages";

    /**
     * Writes the message to the outbox in the caller's transaction. Chooses SMS when a mobile
     * number is given and the SMS caps allow it, otherwise email, otherwise holds it with the reason.
     *
     * @return what was queued, and on which channel
     */
    QueuedMessage queue(OutboundMessage message);
}
