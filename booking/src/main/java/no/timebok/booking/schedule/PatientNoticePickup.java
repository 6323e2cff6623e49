package no.timebok.booking.schedule;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.timebok.common.persistence.FlaggedRows;

/**
 * Sends the messages that patients' own changes on an edge node still owe (a booking, a move, a
 * cancellation): each claimed appointment's message is queued and its flag cleared in one
 * transaction, so it goes out once, whichever internal node claims it. Rows are claimed with
 * {@code SKIP LOCKED}.
 */
@Stateless
public class PatientNoticePickup {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    PatientNotices notices;

    /** Sends up to {@code limit} owed cancellation messages in one transaction; answers how many rows it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nextCancellations(int limit) {
        List<Long> ids = FlaggedRows.claim(em, "appointment", "cancel_notice_due", limit);
        ids.forEach(id -> notices.sendCancellation(em.find(Appointment.class, id)));
        return ids.size();
    }

    /** Sends up to {@code limit} owed booking and move messages in one transaction; answers how many rows it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nextChanges(int limit) {
        List<Long> ids = FlaggedRows.claimMarked(em, "appointment", "patient_notice_due", limit);
        ids.forEach(id -> notices.sendChange(em.find(Appointment.class, id)));
        return ids.size();
    }
}
