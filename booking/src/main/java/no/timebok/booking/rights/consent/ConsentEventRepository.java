package no.timebok.booking.rights.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import no.timebok.booking.request.BookingRequest;

@ApplicationScoped
public class ConsentEventRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public void add(ConsentEvent event) {
        em.persist(event);
    }

    /** A booking request to attach an event to, without loading it. */
    BookingRequest request(long bookingRequestId) {
        return em.getReference(BookingRequest.class, bookingRequestId);
    }

    /** Every event of these booking requests, oldest first (ids grow with each insert, whatever the clock says). */
    public List<ConsentEvent> forRequests(Collection<Long> bookingRequestIds) {
        if (bookingRequestIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM ConsentEvent e WHERE e.bookingRequestId IN :ids ORDER BY e.id", ConsentEvent.class)
                .setParameter("ids", bookingRequestIds)
                .getResultList();
    }
}
