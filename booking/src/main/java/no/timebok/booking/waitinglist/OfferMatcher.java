package no.timebok.booking.waitinglist;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.schedule.SlotCalendarChanged;
import no.timebok.booking.selfbooking.FreeTimes;
import no.timebok.booking.selfbooking.PickedTime;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.FlaggedRows;
import no.timebok.common.persistence.UtcColumns;

/**
 * Offers freed times to waiting patients, and gives unanswered offers' times to the next in line.
 * Each batch is one transaction: the offer, the row that holds its time for one patient, the
 * message and the freed time's removal commit together, so an offer is sent once or not at all.
 * Freed times and the clinic's waiting patients are claimed with {@code SKIP LOCKED}, so two nodes
 * never offer one time, nor two times to one patient, at the same moment.
 */
@Stateless
public class OfferMatcher {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    FreeTimes freeTimes;

    @Inject
    FreedTimes freedTimes;

    @Inject
    WaitingMessages messages;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** An open offer holds its time from the free-times page. */
    @Inject
    Event<SlotCalendarChanged> changed;

    /** Expires up to {@code limit} lapsed offers, putting their times back to be offered; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expireBatch(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM waiting_list_offer WHERE status = 'OPEN' AND expires_at <= ?"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, UtcColumns.column(clock.instant()))
                .setParameter(2, limit)
                .getResultList();
        for (Number id : ids) {
            WaitingListOffer offer = em.find(WaitingListOffer.class, id.longValue());
            WaitingListEntry entry = em.find(WaitingListEntry.class, offer.entryId());
            offer.expire();
            entry.backInLine();
            releaseTime(offer);
            freedTimes.record(entry.clinicId(), offer.resourceId(), offer.startsAt(), offer.startsAt().plus(offer.length()));
        }
        return ids.size();
    }

    /** Offers up to {@code limit} freed times, each to the first waiting patient it fits; answers how many it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int offerBatch(int limit) {
        List<Long> ids = FlaggedRows.claim(em, "freed_time", "offer_due", limit);
        for (long id : ids) {
            Object[] freed = (Object[]) em.createNativeQuery("SELECT clinic_id, resource_id, starts_at FROM freed_time WHERE id = ?")
                    .setParameter(1, id)
                    .getSingleResult();
            offer(((Number) freed[0]).longValue(), ((Number) freed[1]).longValue(), UtcColumns.instant(freed[2]));
            em.createNativeQuery("DELETE FROM freed_time WHERE id = ?").setParameter(1, id).executeUpdate();
        }
        return ids.size();
    }

    private void offer(long clinicId, long resourceId, Instant start) {
        Clinic clinic = em.find(Clinic.class, clinicId);
        if (clinic == null || !clinic.selfBooking().waitingList()) {
            return;
        }
        PickedTime time = new PickedTime(resourceId, start);
        LocalDate day = LocalDate.ofInstant(start, config.zone());
        // Whether the time fits depends on the kind of visit only (its length): asked once per kind,
        // not once per waiting patient.
        Map<Long, Boolean> fitsKind = new HashMap<>();
        for (WaitingListEntry entry : lineAt(clinicId)) {
            VisitType type = em.find(VisitType.class, entry.visitTypeId());
            if (entry.fits(day) && !offeredBefore(entry, time)
                    && fitsKind.computeIfAbsent(type.id(), id -> freeTimes.offers(type, time))) {
                WaitingListOffer offer = WaitingListOffer.make(entry, resourceId, start, type.slotLength(), clock.instant(),
                        config.positiveDuration(ConfigKey.WAITING_LIST_OFFER_VALIDITY));
                em.persist(offer);
                em.flush();
                // The primary key lets one open offer hold a time; a second would fail here and roll back.
                em.createNativeQuery("INSERT INTO waiting_list_offered_time (resource_id, starts_at, offer_id) VALUES (?, ?, ?)")
                        .setParameter(1, resourceId)
                        .setParameter(2, UtcColumns.column(start))
                        .setParameter(3, offer.id())
                        .executeUpdate();
                entry.offered();
                changed.fire(new SlotCalendarChanged(clinicId));
                messages.offered(entry, clinic, offer, freeTimes.placeOf(resourceId));
                return;
            }
        }
    }

    /**
     * The clinic's waiting patients in order of joining; those another node's batch holds are skipped,
     * and so are those whose processing a rights request restricted (they keep their place).
     */
    private List<WaitingListEntry> lineAt(long clinicId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM waiting_list_entry WHERE clinic_id = ? AND status = 'WAITING'"
                        + " AND processing_restricted_at IS NULL ORDER BY joined_at, id FOR UPDATE SKIP LOCKED")
                .setParameter(1, clinicId)
                .getResultList();
        return ids.stream().map(id -> em.find(WaitingListEntry.class, id.longValue())).toList();
    }

    /** A time the patient let lapse or lost goes to the next in line, not back to them. */
    private boolean offeredBefore(WaitingListEntry entry, PickedTime time) {
        return !em.createNativeQuery("SELECT 1 FROM waiting_list_offer WHERE entry_id = ? AND resource_id = ? AND starts_at = ?")
                .setParameter(1, entry.id())
                .setParameter(2, time.resourceId())
                .setParameter(3, UtcColumns.column(time.start()))
                .getResultList()
                .isEmpty();
    }

    /** Ends the offer's hold on its time, in the caller's transaction: it was answered, lapsed or lost. */
    public void releaseTime(WaitingListOffer offer) {
        em.createNativeQuery("DELETE FROM waiting_list_offered_time WHERE offer_id = ?").setParameter(1, offer.id()).executeUpdate();
        // Every caller has the entry in its persistence context already: no further query.
        changed.fire(new SlotCalendarChanged(em.find(WaitingListEntry.class, offer.entryId()).clinicId()));
    }
}
