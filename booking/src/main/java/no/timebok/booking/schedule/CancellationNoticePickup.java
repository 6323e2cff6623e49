package no.timebok.booking.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.timebok.common.persistence.FlaggedRows;

/**
 * Sends the cancellation messages that patients' cancellations on an edge node still owe: each
 * claimed appointment's message is queued and its flag cleared in one transaction, so it goes out
 * once, whichever internal node claims it. Rows are claimed with {@code SKIP LOCKED}.
 */
@Stateless
public class CancellationNoticePickup {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    CancellationNotices notices;

    @Inject
    Event<TimeFreed> freed;

    /** Sends up to {@code limit} owed messages in one transaction; answers how many rows it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nextBatch(int limit) {
        List<Long> ids = FlaggedRows.claim(em, "appointment", "cancel_notice_due", limit);
        for (long id : ids) {
            Appointment appointment = em.find(Appointment.class, id);
            notices.send(appointment);
            // The edge freed the time where nothing observes it; the waiting list hears of it here.
            freed.fire(TimeFreed.of(appointment));
        }
        return ids.size();
    }
}
