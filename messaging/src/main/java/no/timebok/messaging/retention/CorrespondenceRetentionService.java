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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.ConflictException;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.common.retention.Correspondence;
import no.timebok.common.retention.JournalDecision;
import no.timebok.common.retention.JournalWorkItem;
import no.timebok.common.retention.RetentionReceipt;
import no.timebok.common.retention.RetentionRunner;

/**
 * Messaging's side of the retention contract: the correspondence policy and the journal decisions,
 * for the outbox and the patients' replies alike. Every read and decision carries the caller's
 * clinics, so another clinic's message is as unknown as one that never existed; a reply no request
 * was found for belongs to no clinic and simply goes at month end.
 */
@Stateless(name = Correspondence.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CorrespondenceRetentionService implements Correspondence {

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
    public List<JournalWorkItem> worklist(Set<Long> clinicIds) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        ZoneId zone = config.zone();
        boolean windowOpen = WorklistWindow.open(now, zone, config.worklistLeadDays());
        Instant monthStart = LocalDate.ofInstant(now, zone).withDayOfMonth(1).atStartOfDay(zone).toInstant();
        List<JournalWorkItem> items = new ArrayList<>();
        for (MessageTable table : MessageTable.ALL) {
            items.addAll(rows(table, "transfer-failed", " JOIN message_journal j ON j.source = '" + table.name()
                    + "' AND j.message_id = m.id WHERE j.decision = 'TRANSFER' AND j.transfer_id IS NULL AND j.failed_at IS NOT NULL",
                    null, clinicIds));
            if (windowOpen) {
                items.addAll(rows(table, "undecided", " WHERE m." + table.createdColumn() + " >= ?1 AND "
                        + table.needsDecisionSql() + " AND NOT EXISTS"
                        + " (SELECT 1 FROM message_journal j WHERE j.source = '" + table.name() + "' AND j.message_id = m.id)",
                        monthStart, clinicIds));
            }
        }
        items.sort(Comparator.comparing(JournalWorkItem::createdAt).thenComparing(JournalWorkItem::source)
                .thenComparingLong(JournalWorkItem::messageId));
        return items.size() > WORKLIST_MAX ? List.copyOf(items.subList(0, WORKLIST_MAX)) : items;
    }

    @Override
    public void decide(String source, long messageId, JournalDecision decision, Set<Long> clinicIds) {
        MessageTable table = MessageTable.named(source == null ? "" : source)
                .orElseThrow(() -> new NotFoundException("decision.notFound"));
        if (clinicIds.isEmpty() || count("SELECT COUNT(*) FROM " + table.name() + " WHERE id = ?1 AND clinic_id IN ("
                + ids(clinicIds) + ")", messageId) == 0) {
            throw new NotFoundException("decision.notFound");
        }
        if (journal.transferId(table.name(), messageId).isPresent()) {
            throw new ConflictException("journal-decision", "decision.transferred");
        }
        journal.decide(table.name(), messageId, decision.name(), clock.instant());
    }

    private long count(String sql, long id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<JournalWorkItem> rows(MessageTable table, String why, String from, Instant since, Set<Long> clinicIds) {
        String clinics = " AND m.clinic_id IN (" + ids(clinicIds) + ")";
        var query = em.createNativeQuery("SELECT m.id, m.subject_reference, m.clinic_id, " + table.kindSql() + ", m."
                + table.createdColumn() + " FROM " + table.name() + " m" + from + clinics + " ORDER BY m.id LIMIT " + WORKLIST_MAX);
        if (since != null) {
            query.setParameter(1, UtcColumns.column(since));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new JournalWorkItem(((Number) row[0]).longValue(), table.name(), (String) row[1],
                ((Number) row[2]).longValue(), (String) row[3], UtcColumns.instant(row[4]), why)).toList();
    }

    /** Clinic ids come from the staff account, never from the request; as numbers they are safe to inline. */
    private static String ids(Set<Long> clinicIds) {
        return clinicIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
