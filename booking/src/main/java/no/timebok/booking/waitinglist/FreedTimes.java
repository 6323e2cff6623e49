package no.timebok.booking.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import no.timebok.booking.schedule.TimeFreed;
import no.timebok.common.persistence.UtcColumns;

/**
 * Writes down each freed time in the transaction that frees it, where a clinic has patients
 * waiting: the row commits with the cancellation or not at all, so no crash loses an offer, and
 * {@link OfferMatcher} offers it on whichever internal node claims it.
 */
@ApplicationScoped
public class FreedTimes {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    Clock clock;

    void record(@Observes TimeFreed freed) {
        record(freed.clinicId(), freed.resourceId(), freed.start(), freed.end());
    }

    /** Also for a time an unanswered offer gives back, so the next in line gets it. */
    void record(long clinicId, long resourceId, Instant start, Instant end) {
        Instant now = clock.instant();
        if (!start.isAfter(now) || !anyoneWaits(clinicId)) {
            return;
        }
        em.createNativeQuery("INSERT INTO freed_time (clinic_id, resource_id, starts_at, ends_at, freed_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, clinicId)
                .setParameter(2, resourceId)
                .setParameter(3, UtcColumns.column(start))
                .setParameter(4, UtcColumns.column(end))
                .setParameter(5, UtcColumns.column(now))
                .executeUpdate();
    }

    private boolean anyoneWaits(long clinicId) {
        return !em.createNativeQuery("SELECT 1 FROM waiting_list_entry e JOIN clinic c ON c.id = e.clinic_id"
                        + " WHERE e.clinic_id = ? AND e.status = 'WAITING' AND c.waiting_list = TRUE LIMIT 1")
                .setParameter(1, clinicId)
                .getResultList()
                .isEmpty();
    }
}
