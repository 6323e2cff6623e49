package no.timebok.booking.request;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import no.timebok.common.crypto.FieldCipher;

/** Takes a booking request from the public form: validate all, then store in one transaction. */
@Stateless
public class BookingIntakeService {

    private static final Logger LOG = Logger.getLogger(BookingIntakeService.class.getName());
    private static final int REFERENCE_ATTEMPTS = 5;

    @Inject
    BookingFormValidator validator;

    @Inject
    BookingRequestRepository requests;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    /**
     * @return the stored request's receipt
     * @throws no.timebok.common.validation.InvalidInputException when the form is invalid; nothing is stored
     */
    public Receipt submit(BookingForm form) {
        BookingFormValidator.ValidBooking valid = validator.validate(form);
        BookingRequest request = BookingRequest.submit(freeReference(), valid.clinic(), valid.contact(),
                valid.freeText(), cipher, clock.instant());
        requests.add(request);
        // The reference is not personal data; nothing the patient typed goes into the log.
        LOG.info(() -> "Booking request " + request.reference() + " received for clinic " + valid.clinic().code());
        return new Receipt(request.reference(), request.receiptToken());
    }

    private String freeReference() {
        for (int attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt++) {
            String candidate = BookingReference.next();
            if (!requests.referenceExists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free booking reference after " + REFERENCE_ATTEMPTS + " attempts");
    }

    /** What the patient needs after submitting: the code to quote, and the key to the receipt page. */
    public record Receipt(String reference, String receiptToken) {
    }
}
