package no.timebok.common.messaging;

import jakarta.ejb.Local;
import java.util.Collection;

/**
 * What the privacy officer's work needs from messaging for one data subject: stopping and
 * resuming processing (restriction, GDPR art. 18) and erasing their correspondence (art. 17).
 * Implemented by messaging as an EJB; booking looks it up by {@link #JNDI_NAME}. Every call joins
 * the caller's transaction, so a restriction or an erasure is stored together with booking's side
 * of it or not at all. The references are threads of one clinic, the tenant: booking requests', and
 * newsletter-page subscriptions' ({@code NS-…}), which the outbox threads the same way.
 */
@Local
public interface SubjectMessages {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "SubjectMessages";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.messaging.SubjectMessages";

    /**
     * Restricts processing of these booking requests' messages: from now on the outbox holds every
     * message queued for them (reason {@link ProcessingRestrictedException#HELD_REASON}) and refuses
     * messages staff write, and messages already queued and not yet claimed by the relay are held
     * the same way. Restricting twice is harmless.
     *
     * @return how many queued messages were held
     */
    int restrict(long clinicId, Collection<String> references);

    /**
     * Lifts a restriction. Messages held because of it stay held, since they may be out of date;
     * staff can write again.
     */
    void lift(long clinicId, Collection<String> references);

    /** Whether processing of the booking request's messages is restricted now. */
    boolean isRestricted(long clinicId, String reference);

    /**
     * Erases every message to and from these booking requests that no legal duty keeps, at once.
     * A message that may hold health information and has not yet been transferred to the journal
     * (or not yet been decided on) is kept, and counted with that reason.
     */
    MessageErasure erase(long clinicId, Collection<String> references);
}
