package no.timebok.booking.rights.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.booking.identity.StaffRole;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;

/**
 * The two histories an export reads per booking request over native SQL: the consents (on the
 * columns consent_event has had since V2, so columns other features add later change nothing) and
 * the access log. The caller holds the transaction and has matched the requests to one clinic.
 */
@ApplicationScoped
public class ExportHistory {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    /** @param grantsOnly for portability: the consents the person gave */
    List<AccessExport.Consent> consents(Map<Long, String> references, boolean grantsOnly) {
        if (references.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT booking_request_id, purpose, granted, channel, text_version, recorded_at"
                        + " FROM consent_event WHERE booking_request_id IN (" + ids(references.keySet()) + ")"
                        + (grantsOnly ? " AND granted = TRUE" : "") + " ORDER BY recorded_at, id")
                .getResultList();
        return rows.stream().map(row -> new AccessExport.Consent(references.get(((Number) row[0]).longValue()),
                        (String) row[1], bool(row[2]), (String) row[3], (String) row[4], UtcColumns.instant(row[5])))
                .toList();
    }

    List<AccessExport.AccessEntry> accessEntries(Map<Long, String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        boolean names = config.flag(ConfigKey.PRIVACY_EXPORT_READER_NAMES);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.accessed_at, a.booking_request_id, a.staff_role, u.display_name, a.action"
                        + " FROM access_log a JOIN staff_user u ON u.id = a.staff_user_id"
                        + " WHERE a.booking_request_id IN (" + ids(references.keySet()) + ") ORDER BY a.accessed_at, a.id")
                .getResultList();
        return rows.stream().map(row -> new AccessExport.AccessEntry(UtcColumns.instant(row[0]),
                        references.get(((Number) row[1]).longValue()), StaffRole.valueOf((String) row[2]).roleName(),
                        names ? (String) row[3] : null,
                        (String) row[4]))
                .toList();
    }

    private static String ids(Set<Long> ids) {
        // Ids are numbers from the database, so joining them cannot inject anything.
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
