package no.timebok.booking.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import no.timebok.booking.request.BookingRequest;

/** Reading the access log back, for the privacy officer; always within the reader's clinics. */
@ApplicationScoped
public class AccessLogRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public List<BookingRequest> requestsByReference(Set<Long> clinicIds, String reference) {
        return em.createQuery("SELECT b FROM BookingRequest b WHERE b.reference = :reference AND b.clinic.id IN :clinics",
                        BookingRequest.class)
                .setParameter("reference", reference)
                .setParameter("clinics", clinicIds)
                .getResultList();
    }

    /** Every request of one mobile number, while its contact data is still held. */
    public List<BookingRequest> requestsByPhone(Set<Long> clinicIds, String e164) {
        return em.createQuery("SELECT b FROM BookingRequest b WHERE b.phoneE164 = :phone AND b.clinic.id IN :clinics"
                        + " ORDER BY b.submittedAt", BookingRequest.class)
                .setParameter("phone", e164)
                .setParameter("clinics", clinicIds)
                .getResultList();
    }

    /** Entries of these requests, oldest first, each with the reader's name. */
    public List<Object[]> entriesWithReaders(List<Long> requestIds) {
        return em.createQuery("SELECT e, s.displayName FROM AccessLogEntry e, StaffUser s"
                        + " WHERE s.id = e.staffUserId AND e.bookingRequestId IN :ids ORDER BY e.accessedAt, e.id", Object[].class)
                .setParameter("ids", requestIds)
                .getResultList();
    }
}
