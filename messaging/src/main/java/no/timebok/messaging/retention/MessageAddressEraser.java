package no.timebok.messaging.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import no.timebok.common.retention.MessageAddresses;

/**
 * Forgets the addresses and template fields (which hold the patient's name) of a reference's
 * messages when booking erases the request's contact data. Joins booking's chunk transaction.
 * {@code OutboxMessage} is not in the shared cache, so the bulk update leaves no copy.
 */
@Stateless
public class MessageAddressEraser implements MessageAddresses {

    static final String TABLE = "outbox_message.recipient";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Override
    public Map<String, Long> forget(Collection<String> subjectReferences) {
        if (subjectReferences.isEmpty()) {
            return Map.of(TABLE, 0L);
        }
        int forgotten = em.createQuery("UPDATE OutboxMessage m SET m.recipient = NULL, m.fieldsJson = NULL"
                        + " WHERE m.subjectReference IN :references AND (m.recipient IS NOT NULL OR m.fieldsJson IS NOT NULL)")
                .setParameter("references", subjectReferences)
                .executeUpdate();
        return Map.of(TABLE, (long) forgotten);
    }
}
