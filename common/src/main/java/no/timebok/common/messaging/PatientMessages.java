package no.timebok.common.messaging;

import jakarta.ejb.Local;

/**
 * Queues messages to patients. Implemented by messaging as an EJB; booking looks it up by its
 * portable name {@link #JNDI_NAME}. The call joins the caller's transaction, so a booking and its
 * message are stored together or not at all.
 */
@Local
public interface PatientMessages {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "PatientMessages";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.messaging.PatientMessages";

    /**
     * Writes the message to the outbox in the caller's transaction. Chooses SMS when a mobile
     * number is given and the SMS caps allow it, otherwise email, otherwise holds it with the reason.
     *
     * @return what was queued, and on which channel
     */
    QueuedMessage queue(OutboundMessage message);

    /**
     * Writes one copy of a newsletter to the outbox in the caller's transaction, by email only and
     * outside the SMS caps. The relay sends it with the unsubscribe link and the one-click headers
     * of RFC 8058. Held with {@link ProcessingRestrictedException#HELD_REASON} when the processing
     * of the reference's messages is restricted, so it is never sent.
     *
     * @return what was queued: always on EMAIL, unless held
     * @throws no.timebok.common.error.InvalidInputException naming "subject" (blank, or over
     *         {@link #NEWSLETTER_MAX_SUBJECT} characters) or "text" (blank, or over
     *         {@link #NEWSLETTER_MAX_TEXT} characters) or "email" (not an email address)
     */
    QueuedMessage queueNewsletter(NewsletterMessage message);

    /** The longest newsletter subject, like a template's. */
    int NEWSLETTER_MAX_SUBJECT = 200;

    /** The longest newsletter text. */
    int NEWSLETTER_MAX_TEXT = 20_000;
}
