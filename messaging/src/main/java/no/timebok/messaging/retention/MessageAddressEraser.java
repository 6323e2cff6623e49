package no.timebok.messaging.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /*
     * A chunk names thousands of references, past MariaDB's eq_range_index_dive_limit, so the
     * optimizer prices the IN list from index statistics; just after a bulk load those statistics
     * once made it scan the million-row outbox for every chunk (2 s a chunk instead of 20 ms). The
     * index is the only sensible plan at any size, so it is pinned.
     */
    private static final String OUTBOX = "UPDATE outbox_message FORCE INDEX (ix_outbox_message_subject)"
            + " SET recipient = NULL, fields_json = NULL, unsubscribe_url = NULL, open_marker_url = NULL, links_json = NULL"
            + " WHERE subject_reference IN (%s) AND (recipient IS NOT NULL OR fields_json IS NOT NULL"
            + " OR unsubscribe_url IS NOT NULL OR open_marker_url IS NOT NULL OR links_json IS NOT NULL)";

    private static final String INBOUND = "UPDATE inbound_message FORCE INDEX (ix_inbound_message_unmatched)"
            + " SET sender = NULL WHERE subject_reference IN (%s) AND sender IS NOT NULL";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Override
    public Map<String, Long> forget(Collection<String> subjectReferences) {
        if (subjectReferences.isEmpty()) {
            return Map.of(TABLE, 0L, INBOUND_TABLE, 0L);
        }
        List<String> references = List.copyOf(subjectReferences);
        // A newsletter's unsubscribe address, open marker and redirects carry tokens naming the
        // recipient's copy: they go with the address.
        int forgotten = bound(OUTBOX, references).executeUpdate();
        // A patient's reply carries their number as its sender: the same address, so it goes too.
        int senders = bound(INBOUND, references).executeUpdate();
        return Map.of(TABLE, (long) forgotten, INBOUND_TABLE, (long) senders);
    }

    /** References are bound, never joined into the statement: they arrive from another module. */
    private Query bound(String statement, List<String> references) {
        String marks = references.stream().map(reference -> "?").collect(Collectors.joining(","));
        Query query = em.createNativeQuery(String.format(statement, marks));
        for (int i = 0; i < references.size(); i++) {
            query.setParameter(i + 1, references.get(i));
        }
        return query;
    }
}
