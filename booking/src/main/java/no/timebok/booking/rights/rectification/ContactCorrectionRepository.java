package no.timebok.booking.rights.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class ContactCorrectionRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(ContactCorrection correction) {
        em.persist(correction);
    }

    /** The corrections of these booking requests, oldest first. */
    public List<ContactCorrection> of(Collection<Long> bookingRequestIds) {
        if (bookingRequestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM ContactCorrection c WHERE c.bookingRequestId IN :ids ORDER BY c.correctedAt, c.id",
                        ContactCorrection.class)
                .setParameter("ids", bookingRequestIds)
                .getResultList();
    }

    /** Erases the corrections together with the contact data they audit. */
    public int eraseOf(Collection<Long> bookingRequestIds) {
        if (bookingRequestIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM ContactCorrection c WHERE c.bookingRequestId IN :ids")
                .setParameter("ids", bookingRequestIds)
                .executeUpdate();
    }
}
