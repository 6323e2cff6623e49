package no.timebok.messaging.retention;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.retention.Correspondence;
import no.timebok.common.retention.JournalDecision;
import no.timebok.common.retention.JournalDecisionException;
import no.timebok.common.retention.JournalWorkItem;
import no.timebok.common.retention.RetentionReceipt;
import no.timebok.common.retention.RetentionRunner;

/** Messaging's side of the retention contract: the correspondence policy and the journal decisions. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CorrespondenceRetentionService implements Correspondence {

    static final String OUTBOX = "outbox_message";
    private static final int WORKLIST_MAX = 1000;

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    RetentionRunner runner;

    @EJB
    CorrespondencePurge purge;

    @EJB
    MessageJournalRepository journal;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Override
    public RetentionReceipt runNow() {
        return runner.run(purge, RetentionReceipt.Trigger.STAFF);
    }

    @Override
    public Map<String, Long> dryRun() {
        return purge.count(purge.cutoff(clock.instant()));
    }

    @Override
    public List<JournalWorkItem> worklist() {
        Instant now = clock.instant();
        ZoneId zone = config.zone();
        List<JournalWorkItem> items = new ArrayList<>(rows("transfer-failed",
                " JOIN message_journal j ON j.source = '" + OUTBOX + "' AND j.message_id = m.id"
                        + " WHERE j.decision = 'TRANSFER' AND j.transfer_id IS NULL AND j.failed_at IS NOT NULL", null));
        if (WorklistWindow.open(now, zone, config.worklistLeadDays())) {
            Instant monthStart = LocalDate.ofInstant(now, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
            items.addAll(rows("undecided", " WHERE m.created_at >= ?1 AND NOT EXISTS (SELECT 1 FROM message_journal j"
                    + " WHERE j.source = '" + OUTBOX + "' AND j.message_id = m.id)", monthStart));
        }
        return items;
    }

    @Override
    public void decide(long messageId, JournalDecision decision) {
        Number exists = (Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_message WHERE id = ?1")
                .setParameter(1, messageId).getSingleResult();
        if (exists.longValue() == 0) {
            throw new JournalDecisionException("No such message.", true);
        }
        if (journal.transferId(OUTBOX, messageId).isPresent()) {
            throw new JournalDecisionException("The message is already in the journal; the decision cannot change.", false);
        }
        journal.decide(OUTBOX, messageId, decision.name(), clock.instant());
    }

    @SuppressWarnings("unchecked")
    private List<JournalWorkItem> rows(String why, String from, Instant since) {
        var query = em.createNativeQuery("SELECT m.id, m.subject_reference, m.clinic_id, m.kind, m.created_at FROM outbox_message m"
                + from + " ORDER BY m.id LIMIT " + WORKLIST_MAX);
        if (since != null) {
            query.setParameter(1, LocalDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new JournalWorkItem(((Number) row[0]).longValue(), OUTBOX, (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3], utc(row[4]), why)).toList();
    }

    private static Instant utc(Object value) {
        LocalDateTime local = value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }
}
