package no.timebok.messaging.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.timebok.common.messaging.Channel;

@ApplicationScoped
public class InboundRepository {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    /** Writes it now: the text's encryption context needs the id. */
    public void add(InboundMessage message) {
        em.persist(message);
        em.flush();
    }

    /** The message the gateway gave this id, if it was stored. */
    public Optional<InboundMessage> findByGatewayId(Channel channel, String gatewayId) {
        return em.createQuery("SELECT m FROM InboundMessage m WHERE m.channel = :channel AND m.providerId = :id",
                        InboundMessage.class)
                .setParameter("channel", channel)
                .setParameter("id", gatewayId)
                .getResultStream()
                .findFirst();
    }

    public List<InboundMessage> thread(long clinicId, String subjectReference) {
        return em.createQuery("SELECT m FROM InboundMessage m WHERE m.clinicId = :clinic"
                        + " AND m.subjectReference = :reference ORDER BY m.receivedAt, m.id", InboundMessage.class)
                .setParameter("clinic", clinicId)
                .setParameter("reference", subjectReference)
                .getResultList();
    }

    public List<InboundMessage> unmatched(int limit) {
        return em.createQuery("SELECT m FROM InboundMessage m WHERE m.subjectReference IS NULL"
                        + " ORDER BY m.receivedAt DESC, m.id DESC", InboundMessage.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
