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

    public java.util.Optional<OutboxMessage> find(long id) {
        return java.util.Optional.ofNullable(em.find(OutboxMessage.class, id));
    }

    /** The reminders of an appointment that have not gone out (QUEUED or HELD). */
    public java.util.List<OutboxMessage> pendingReminders(String appointmentKey) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.appointmentKey = :key"
                        + " AND m.state IN :pending", OutboxMessage.class)
                .setParameter("key", appointmentKey)
                .setParameter("pending", java.util.List.of(OutboxState.QUEUED, OutboxState.HELD))
                .getResultList();
    }

    public java.util.List<OutboxMessage> thread(long clinicId, String subjectReference) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.clinicId = :clinic"
                        + " AND m.subjectReference = :reference ORDER BY m.createdAt, m.id", OutboxMessage.class)
                .setParameter("clinic", clinicId)
                .setParameter("reference", subjectReference)
                .getResultList();
    }

    public java.util.List<OutboxMessage> problems(long clinicId, int limit) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.clinicId = :clinic"
                        + " AND m.state IN :problems ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setParameter("clinic", clinicId)
                .setParameter("problems", java.util.List.of(OutboxState.FAILED, OutboxState.HELD))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The references' messages waiting for the relay, locked: a relay run that claimed one first
     * has committed it as SENDING by the time the lock is granted, so it is not among them.
     */
    public java.util.List<OutboxMessage> queuedForUpdate(long clinicId, java.util.Collection<String> references) {
        if (references.isEmpty()) {
            return java.util.List.of();
        }
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.clinicId = :clinic"
                        + " AND m.subjectReference IN :references AND m.state = :queued", OutboxMessage.class)
                .setParameter("clinic", clinicId)
                .setParameter("references", references)
                .setParameter("queued", OutboxState.QUEUED)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The newest message sent to a mobile number: the booking request a reply from it belongs to. */
    public java.util.Optional<OutboxMessage> latestSmsTo(String mobileE164) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.recipient = :number AND m.channel = :sms"
                        + " ORDER BY m.createdAt DESC, m.id DESC", OutboxMessage.class)
                .setParameter("number", mobileE164)
                .setParameter("sms", Channel.SMS)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
