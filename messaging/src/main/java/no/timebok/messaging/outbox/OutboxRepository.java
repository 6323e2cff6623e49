package no.timebok.messaging.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import no.timebok.common.messaging.Channel;

@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    /**
     * Writes the message now rather than at commit: the database assigns the id, and the caller
     * needs it in its answer.
     */
    public void add(OutboxMessage message) {
        em.persist(message);
        em.flush();
    }

    /**
     * SMS to one mobile number since the given instant, in any state but held: a message counts
     * from the moment it is queued, whether or not it has been sent yet.
     */
    public long countSmsToNumberSince(String mobileE164, Instant since) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.recipient = :number"
                        + " AND m.channel = :sms AND m.state <> :held AND m.createdAt >= :since", Long.class)
                .setParameter("number", mobileE164)
                .setParameter("sms", Channel.SMS)
                .setParameter("held", OutboxState.HELD)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** SMS for one clinic since the given instant, in any state but held. */
    public long countSmsForClinicSince(long clinicId, Instant since) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.clinicId = :clinic"
                        + " AND m.channel = :sms AND m.state <> :held AND m.createdAt >= :since", Long.class)
                .setParameter("clinic", clinicId)
                .setParameter("sms", Channel.SMS)
                .setParameter("held", OutboxState.HELD)
                .setParameter("since", since)
                .getSingleResult();
    }
}
