package no.timebok.messaging.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.messaging.inbound.InboundMessage;
import no.timebok.messaging.journal.FhirCommunication.Direction;
import no.timebok.messaging.journal.FhirCommunication;
import no.timebok.messaging.journal.JournalAdapter;
import no.timebok.messaging.journal.JournalAdapters;
import no.timebok.messaging.journal.JournalTransferException;
import no.timebok.messaging.outbox.OutboxMessage;

/**
 * Hands every due message marked "transfer to journal" to the journal adapter before the purge
 * deletes anything. Outside a transaction: an HTTP call must not hold database locks, and each
 * outcome is recorded in a transaction of its own. A failed transfer leaves the message in place;
 * the purge skips it and the worklist shows it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalTransfers {

    static final String TRANSFERRED = "journal.transferred";
    static final String FAILED = "journal.failed-kept";

    private static final Logger LOG = Logger.getLogger(JournalTransfers.class.getName());

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @EJB
    MessageJournalRepository journal;

    @Inject
    JournalAdapters adapters;

    @Inject
    FieldCipher cipher;

    public Map<String, Long> transferDue(Instant cutoff, Instant now) {
        JournalAdapter adapter = adapters.configured();
        long transferred = 0;
        long failed = 0;
        for (MessageTable table : MessageTable.ALL) {
            for (long id : journal.awaitingTransfer(table, cutoff)) {
                try {
                    String transferId = adapter.transfer(FhirCommunication.identifier(table.name(), id), communication(table, id));
                    journal.recordTransfer(table.name(), id, transferId, now);
                    transferred++;
                } catch (JournalTransferException e) {
                    // The message names the failure's kind; it never quotes the message itself.
                    journal.recordFailure(table.name(), id, e.getMessage(), now);
                    LOG.warning(() -> "Journal transfer of " + table.name() + " " + id + " failed, message kept: " + e.getMessage());
                    failed++;
                }
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put(TRANSFERRED, transferred);
        rows.put(FAILED, failed);
        return rows;
    }

    private String communication(MessageTable table, long id) {
        return FhirCommunication.json(table == MessageTable.INBOUND ? inbound(id) : outbound(id));
    }

    private static FhirCommunication.Message outbound(OutboxMessage message, long id) {
        String content = message.kind() + message.fields().map(fields -> " " + fields).orElse("");
        return new FhirCommunication.Message(MessageTable.OUTBOX.name(), id, Direction.OUTBOUND,
                Optional.of(message.subjectReference()), Optional.of(message.clinicId()), message.createdAt(),
                message.channel().map(Enum::name).orElse(""), Optional.of(message.language().tag()), content);
    }

    private FhirCommunication.Message outbound(long id) {
        return outbound(em.find(OutboxMessage.class, id), id);
    }

    /** A patient's reply goes to the journal as they wrote it: the only place its text is opened outside staff's view. */
    private FhirCommunication.Message inbound(long id) {
        InboundMessage message = em.find(InboundMessage.class, id);
        String text = message.bodySealed().map(sealed -> cipher.open(sealed, message.bodyContext())).orElse("");
        return new FhirCommunication.Message(MessageTable.INBOUND.name(), id, Direction.INBOUND, message.subjectReference(),
                message.clinicId(), message.receivedAt(), message.channel().name(), Optional.empty(), text);
    }
}
