package no.timebok.messaging.restriction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import no.timebok.common.persistence.UtcColumns;

/**
 * {@code processing_restriction}. Native SQL, because the row is a bare fact with no behaviour,
 * and {@code INSERT IGNORE} makes restricting twice harmless without a read first.
 */
@ApplicationScoped
public class RestrictionRepository {

    /**
     * SQL condition, for the relay's claim: the outbox row {@code alias} belongs to no restricted
     * reference. A scalar subquery rather than NOT EXISTS: MariaDB turns NOT EXISTS into a
     * materialised NOT IN that reads every restriction on every claim (30 times slower at 10,000
     * restrictions in the relay benchmark), while this stays one primary-key probe per row claimed.
     */
    public static String notRestricted(String alias) {
        return "(SELECT COUNT(*) FROM processing_restriction r WHERE r.clinic_id = " + alias + ".clinic_id"
                + " AND r.subject_reference = " + alias + ".subject_reference) = 0";
    }

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    /** @return how many of the references were not restricted before */
    public int restrict(long clinicId, Collection<String> references, Instant now) {
        int added = 0;
        for (String reference : references) {
            added += em.createNativeQuery("INSERT IGNORE INTO processing_restriction (clinic_id, subject_reference,"
                            + " restricted_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, clinicId)
                    .setParameter(2, reference)
                    .setParameter(3, UtcColumns.column(now))
                    .executeUpdate();
        }
        return added;
    }

    /** @return how many of the references were restricted */
    public int lift(long clinicId, Collection<String> references) {
        int lifted = 0;
        for (String reference : references) {
            lifted += em.createNativeQuery("DELETE FROM processing_restriction WHERE clinic_id = ?1 AND subject_reference = ?2")
                    .setParameter(1, clinicId)
                    .setParameter(2, reference)
                    .executeUpdate();
        }
        return lifted;
    }

    public boolean isRestricted(long clinicId, String reference) {
        return !em.createNativeQuery("SELECT 1 FROM processing_restriction WHERE clinic_id = ?1 AND subject_reference = ?2")
                .setParameter(1, clinicId)
                .setParameter(2, reference)
                .getResultList()
                .isEmpty();
    }
}
