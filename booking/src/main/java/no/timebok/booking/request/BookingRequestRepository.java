package no.timebok.booking.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.timebok.common.i18n.Language;

@ApplicationScoped
public class BookingRequestRepository {

    /** Only the columns an edge node's database account may read. */
    private static final String RECEIPT = "SELECT NEW no.timebok.booking.request.PublicReceipt(b.reference,"
            + " b.receiptToken, c.id, c.name, b.status, b.language) FROM BookingRequest b JOIN b.clinic c";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /**
     * Adds and writes at once, so that a second request from the same showing of the form fails
     * here, on the unique form key (after waiting for the first one's transaction), and queues nothing.
     */
    public void add(BookingRequest request) {
        em.persist(request);
        em.flush();
    }

    /** The receipt of the request stored from this showing of the public form. */
    public Optional<PublicReceipt> findByFormKey(String formKey) {
        return em.createQuery(RECEIPT + " WHERE b.formKey = :key", PublicReceipt.class)
                .setParameter("key", formKey)
                .getResultStream()
                .findFirst();
    }

    /** Which of these references name a request of one of these clinics. */
    public Set<String> referencesIn(Collection<String> references, Set<Long> clinicIds) {
        if (references.isEmpty() || clinicIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT b.reference FROM BookingRequest b WHERE b.reference IN :references"
                        + " AND b.clinic.id IN :clinics", String.class)
                .setParameter("references", references)
                .setParameter("clinics", clinicIds)
                .getResultList());
    }

    /** The receipt's columns of a request, for the patient's appointment page. */
    public Optional<PublicReceipt> findReceipt(long id) {
        return em.createQuery(RECEIPT + " WHERE b.id = :id", PublicReceipt.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /**
     * What the page behind a patient's link needs of its request: its kind of visit (none for some
     * staff-made requests) and its language, in one query without loading the request, as an edge may.
     */
    public Optional<LinkedRequest> linkedRequest(long id) {
        return em.createQuery("SELECT v.id, b.language FROM BookingRequest b LEFT JOIN b.visitType v WHERE b.id = :id",
                        Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(row -> new LinkedRequest(Optional.ofNullable((Long) row[0]), Language.of((String) row[1])));
    }

    /** The patient moved the request's appointment through their link: the event staff see in its history. */
    public void movedByPatient(long id, Instant now) {
        em.persist(RequestEvent.moved(id, null, now));
    }

    /**
     * The patient cancelled the request's appointment through their link: the request is cancelled
     * too, where its workflow allows, with the event staff see in its history. Written column by
     * column, without loading the request, so an edge node's account (which may not read names or
     * contact data) can do it.
     */
    public void cancelByPatient(long id, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> status = em.createNativeQuery("SELECT status FROM booking_request WHERE id = ? FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        BookingStatus from = BookingStatus.valueOf(status.get(0));
        if (from.canMoveTo(BookingStatus.CANCELLED)) {
            em.createNativeQuery("UPDATE booking_request SET status = ?, version = version + 1 WHERE id = ?")
                    .setParameter(1, BookingStatus.CANCELLED.name())
                    .setParameter(2, id)
                    .executeUpdate();
            em.persist(RequestEvent.statusChange(id, null, from, BookingStatus.CANCELLED, now));
        }
    }

    public Optional<PublicReceipt> findByReceiptToken(String token) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery(RECEIPT + " WHERE b.receiptToken = :token", PublicReceipt.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    /** The request if it belongs to one of these clinics. */
    public Optional<BookingRequest> findAt(Set<Long> clinicIds, long id) {
        if (clinicIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT b FROM BookingRequest b JOIN FETCH b.clinic c WHERE b.id = :id AND c.id IN :clinics",
                        BookingRequest.class)
                .setParameter("id", id)
                .setParameter("clinics", clinicIds)
                .getResultStream()
                .findFirst();
    }

    /** A request as its patient's link sees it: no name, no contact details. */
    public record LinkedRequest(Optional<Long> visitTypeId, Language language) {
    }
}
