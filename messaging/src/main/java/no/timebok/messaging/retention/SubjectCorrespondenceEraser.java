package no.timebok.messaging.retention;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.common.messaging.MessageErasure;
import no.timebok.common.retention.LegalHoldRepository;

/**
 * Erases a data subject's correspondence at once, by the rules the month-end purge follows, so an
 * erasure never destroys what the journal is owed:
 * <ul>
 * <li>a message marked for the journal and not yet in it is kept ({@value #TRANSFER_PENDING}), as
 * the purge keeps it;</li>
 * <li>a message whose text someone wrote (a staff message, a patient's reply) that staff have not
 * decided on yet is kept ({@value #DECISION_PENDING}): it may hold health information, and the
 * purge gives staff the month's worklist to decide before it goes. Template messages and
 * newsletters carry no free text and need no decision;</li>
 * <li>a reference under legal hold keeps all its messages ({@value #LEGAL_HOLD}), as in the purge.</li>
 * </ul>
 * Everything else goes now. Like the purge, the journal decisions ({@code message_journal}) stay:
 * they hold no personal data and prove what went to the journal. Joins the caller's transaction.
 */
@Stateless
public class SubjectCorrespondenceEraser {

    static final String TRANSFER_PENDING = "journal-transfer-pending";
    static final String DECISION_PENDING = "journal-decision-pending";
    static final String LEGAL_HOLD = "legal-hold";

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    public MessageErasure erase(long clinicId, List<String> references) {
        Map<String, Long> erased = new LinkedHashMap<>();
        Map<String, Long> kept = new LinkedHashMap<>();
        for (MessageTable table : MessageTable.ALL) {
            erased.put(table.name(), 0L);
        }
        if (references.isEmpty()) {
            return new MessageErasure(erased, kept);
        }
        for (MessageTable table : MessageTable.ALL) {
            String mine = " FROM " + table.name() + " m WHERE m.clinic_id = ?1 AND m." + table.referenceColumn() + " IN ("
                    + placeholders(references.size()) + ")";
            String held = "NOT " + LegalHoldRepository.notHeld("m." + table.referenceColumn());
            String transferPending = "EXISTS (SELECT 1 FROM message_journal j WHERE j.source = '" + table.name()
                    + "' AND j.message_id = m.id AND j.decision = 'TRANSFER' AND j.transfer_id IS NULL)";
            String decisionPending = freeText(table) + " AND NOT EXISTS (SELECT 1 FROM message_journal j WHERE j.source = '"
                    + table.name() + "' AND j.message_id = m.id)";
            add(kept, LEGAL_HOLD, count("SELECT COUNT(*)" + mine + " AND " + held, clinicId, references));
            add(kept, TRANSFER_PENDING, count("SELECT COUNT(*)" + mine + " AND NOT (" + held + ") AND " + transferPending,
                    clinicId, references));
            add(kept, DECISION_PENDING, count("SELECT COUNT(*)" + mine + " AND NOT (" + held + ") AND " + decisionPending,
                    clinicId, references));
            // MariaDB's multi-table DELETE syntax takes the alias the conditions use.
            int deleted = bind(em.createNativeQuery("DELETE m" + mine + " AND NOT (" + held + ") AND NOT (" + transferPending
                    + ") AND NOT (" + decisionPending + ")"), clinicId, references).executeUpdate();
            erased.put(table.name(), (long) deleted);
        }
        return new MessageErasure(erased, kept);
    }

    /** Whose text a person wrote, so it may hold health information: outbound only staff messages. */
    private static String freeText(MessageTable table) {
        return table == MessageTable.OUTBOX ? "m.kind = 'STAFF_MESSAGE'" : "TRUE";
    }

    private long count(String sql, long clinicId, List<String> references) {
        return ((Number) bind(em.createNativeQuery(sql), clinicId, references).getSingleResult()).longValue();
    }

    private static Query bind(Query query, long clinicId, List<String> references) {
        query.setParameter(1, clinicId);
        for (int i = 0; i < references.size(); i++) {
            query.setParameter(i + 2, references.get(i));
        }
        return query;
    }

    private static String placeholders(int count) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? "" : ", ").append('?').append(i + 2);
        }
        return sql.toString();
    }

    private static void add(Map<String, Long> kept, String reason, long count) {
        if (count > 0) {
            kept.merge(reason, count, Long::sum);
        }
    }
}
