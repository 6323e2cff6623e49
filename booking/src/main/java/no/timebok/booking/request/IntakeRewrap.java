package no.timebok.booking.request;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.FieldDecryptionException;
import no.timebok.common.crypto.IntakeSeal;

/**
 * Rewraps what the intake sealed with its public key under the symmetric keyset, a batch of
 * requests at a time: opening the public-key seal costs about half a millisecond, the symmetric one
 * a few microseconds, and matching a rights request opens every national ID at a clinic. Rows are
 * claimed with {@code SKIP LOCKED}, so the nodes share the work and a purge or an erasure of the
 * same row waits for the batch rather than racing it.
 */
@Stateless
public class IntakeRewrap {

    private static final Logger LOG = Logger.getLogger(IntakeRewrap.class.getName());

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    IntakeSeal intakeSeal;

    @Inject
    FieldCipher cipher;

    /** Rewraps up to {@code limit} requests in one transaction; answers how many it claimed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int nextBatch(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, receipt_token, national_id_sealed, free_text_sealed"
                        + " FROM booking_request WHERE intake_sealed = TRUE ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, limit)
                .getResultList();
        int unreadable = 0;
        for (Object[] row : rows) {
            String token = (String) row[1];
            byte[] nationalId = (byte[]) row[2];
            byte[] freeText = (byte[]) row[3];
            try {
                nationalId = rewrapped(nationalId, BookingRequest.sealContext("national_id", token));
                freeText = rewrapped(freeText, BookingRequest.sealContext("free_text", token));
            } catch (FieldDecryptionException damaged) {
                // Kept as it is: no key opens it now, and none will later; matching already skips such a row.
                unreadable++;
            }
            em.createNativeQuery("UPDATE booking_request SET national_id_sealed = ?, free_text_sealed = ?, intake_sealed = FALSE"
                            + " WHERE id = ?")
                    .setParameter(1, nationalId)
                    .setParameter(2, freeText)
                    .setParameter(3, row[0])
                    .executeUpdate();
        }
        if (unreadable > 0) {
            int count = unreadable;
            LOG.warning(() -> count + " request(s) held a sealed value that could not be opened to rewrap");
        }
        return rows.size();
    }

    private byte[] rewrapped(byte[] sealed, String context) {
        return sealed == null ? null : cipher.seal(intakeSeal.open(sealed, context), context);
    }
}
