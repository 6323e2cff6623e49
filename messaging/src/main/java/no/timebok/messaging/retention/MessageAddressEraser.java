package no.timebok.messaging.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import no.timebok.common.retention.MessageAddresses;

/**
 * Forgets the addresses and template fields (which hold the patient's name) of a reference's
 * messages, and the sender number of the patient's replies, when booking erases the request's
 * contact data. Joins booking's chunk transaction. Neither entity is in the shared cache, so the
 * bulk updates leave no copy.
 */
@Stateless(name = MessageAddresses.BEAN)
public class MessageAddressEraser implements MessageAddresses {

    static final String TABLE = "outbox_message.recipient";
    static final String INBOUND_TABLE = "inbound_message.sender";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Override
    public Map<String, Long> forget(Collection<String> subjectReferences) {
        if (subjectReferences.isEmpty()) {
            return Map.of(TABLE, 0L, INBOUND_TABLE, 0L);
        }
        // A newsletter's unsubscribe address, open marker and redirects carry tokens naming the
        // recipient's copy: they go with the address.
        int forgotten = em.createQuery("UPDATE OutboxMessage m SET m.recipient = NULL, m.fieldsJson = NULL, m.unsubscribeUrl = NULL,"
                        + " m.openMarkerUrl = NULL, m.linksJson = NULL"
                        + " WHERE m.subjectReference IN :references AND (m.recipient IS NOT NULL OR m.fieldsJson IS NOT NULL"
                        + " OR m.unsubscribeUrl IS NOT NULL OR m.openMarkerUrl IS NOT NULL OR m.linksJson IS NOT NULL)")
                .setParameter("references", subjectReferences)
                .executeUpdate();
        // A patient's reply carries their number as its sender: the same address, so it goes too.
        int senders = em.createQuery("UPDATE InboundMessage m SET m.sender = NULL"
                        + " WHERE m.subjectReference IN :references AND m.sender IS NOT NULL")
                .setParameter("references", subjectReferences)
                .executeUpdate();
        return Map.of(TABLE, (long) forgotten, INBOUND_TABLE, (long) senders);
    }
}
