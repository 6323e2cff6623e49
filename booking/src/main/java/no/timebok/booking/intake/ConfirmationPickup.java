package no.timebok.booking.intake;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.persistence.FlaggedRows;
import no.timebok.common.messaging.PatientMessages;

/**
 * Queues the confirmations of requests an edge node took (it has no messaging): each claimed row's
 * confirmation is queued and its flag cleared in one transaction, so the patient gets it once,
 * whichever internal node claims it. Rows are claimed with {@code SKIP LOCKED}.
 */
@Stateless
public class ConfirmationPickup {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @EJB(lookup = PatientMessages.JNDI_NAME)
    PatientMessages messages;

    /** Queues up to {@code limit} confirmations in one transaction; answers how many rows it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nextBatch(int limit) {
        List<Long> ids = FlaggedRows.claim(em, "booking_request", "confirmation_due", limit);
        for (long id : ids) {
            BookingRequest request = em.find(BookingRequest.class, id);
            // Erased on the patient's request before the pickup came: there is nobody left to tell.
            if (request.contactErasedAt().isEmpty()) {
                messages.queue(IntakeConfirmations.message(request));
            }
            request.confirmationQueued();
        }
        return ids.size();
    }
}
