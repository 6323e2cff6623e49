package no.timebok.booking.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.crypto.FieldDecryptionException;

/**
 * Finds a person's booking requests and waiting-list entries at one clinic, and by email their
 * newsletter subscriptions there. Phone and email are plain indexed columns. The
 * national ID is sealed with a randomised cipher, so there is no index to search: the clinic's rows
 * that hold one are opened in id order, a batch at a time. That set is bounded by the five-month
 * retention of contact data, and rights requests are rare, so a scan beats keeping a searchable
 * pseudonym of every patient's national ID in the database.
 */
@ApplicationScoped
public class SubjectMatcher {

    private static final int BATCH = 2_000;
    private static final Logger LOG = Logger.getLogger(SubjectMatcher.class.getName());

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    IntakeSeal intakeSeal;

    public DataSubject match(long rightsRequestId, long clinicId, MatchedBy by, String key) {
        List<Object[]> rows = switch (by) {
            case PHONE -> byColumn(clinicId, "b.phoneE164", key);
            case EMAIL -> byColumn(clinicId, "b.email", key);
            case NATIONAL_ID -> byNationalId(clinicId, key);
        };
        return new DataSubject(rightsRequestId, clinicId,
                rows.stream().map(row -> ((Number) row[0]).longValue()).toList(),
                rows.stream().map(row -> (String) row[1]).toList(),
                by == MatchedBy.EMAIL ? subscribers(clinicId, key) : List.of(),
                waitingList(clinicId, by, key));
    }

    /** The waiting-list entries at the clinic with this phone number or address; they hold no national ID. */
    private List<Long> waitingList(long clinicId, MatchedBy by, String key) {
        if (by == MatchedBy.NATIONAL_ID) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM waiting_list_entry WHERE clinic_id = ? AND "
                        + (by == MatchedBy.PHONE ? "phone_e164 = ?" : "LOWER(email) = LOWER(?)") + " ORDER BY joined_at, id")
                .setParameter(1, clinicId)
                .setParameter(2, key)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The newsletter-page sign-ups at the clinic that hold this address. Read here over SQL rather
     * than through the newsletter feature, which already uses this feature's consents for its
     * unsubscribe link: calling it from here would tie the two packages in a cycle. An unsubscribed
     * row has no address left, so it cannot match. Compared without regard to case, as sign-ups are.
     */
    private List<Long> subscribers(long clinicId, String email) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT id FROM newsletter_subscriber"
                        + " WHERE clinic_id = ? AND LOWER(email) = LOWER(?) ORDER BY id")
                .setParameter(1, clinicId)
                .setParameter(2, email)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private List<Object[]> byColumn(long clinicId, String column, String key) {
        return em.createQuery("SELECT b.id, b.reference FROM BookingRequest b WHERE b.clinic.id = :clinic AND "
                        + column + " = :key ORDER BY b.submittedAt, b.id", Object[].class)
                .setParameter("clinic", clinicId)
                .setParameter("key", key)
                .getResultList();
    }

    private List<Object[]> byNationalId(long clinicId, String nationalId) {
        List<Object[]> found = new ArrayList<>();
        long after = 0;
        long unreadableRows = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> batch = em.createNativeQuery("SELECT id, reference, receipt_token, national_id_sealed"
                            + " FROM booking_request WHERE clinic_id = ? AND id > ? AND national_id_sealed IS NOT NULL"
                            + " ORDER BY id LIMIT " + BATCH)
                    .setParameter(1, clinicId)
                    .setParameter(2, after)
                    .getResultList();
            for (Object[] row : batch) {
                try {
                    if (BookingRequest.sealedNationalIdIs((byte[]) row[3], (String) row[2], nationalId, intakeSeal)) {
                        found.add(new Object[] {row[0], row[1]});
                    }
                } catch (FieldDecryptionException unreadable) {
                    // One damaged row, or one sealed under a lost key, must not stop every person's
                    // rights request at the clinic; it cannot be this person's number as far as we can tell.
                    unreadableRows++;
                }
            }
            if (batch.size() < BATCH) {
                if (unreadableRows > 0) {
                    long count = unreadableRows;
                    LOG.warning(() -> count + " national ID(s) of clinic " + clinicId + " could not be opened while matching");
                }
                return found;
            }
            after = ((Number) batch.get(batch.size() - 1)[0]).longValue();
        }
    }
}
