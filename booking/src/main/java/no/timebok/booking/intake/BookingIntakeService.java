package no.timebok.booking.intake;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.logging.Logger;
import no.timebok.booking.abuse.RateLimits;
import no.timebok.booking.request.BookingDetails;
import no.timebok.booking.request.BookingForm;
import no.timebok.booking.request.BookingFormValidator;
import no.timebok.booking.request.BookingReference;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.booking.rights.consent.ConsentEvent;
import no.timebok.booking.rights.consent.ConsentEventRepository;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.error.FieldErrors;

/**
 * Takes a booking request from the public form or API: validate everything, then store the
 * request, its consents and its confirmation in one transaction, or nothing at all.
 * <p>
 * The booking reference is drawn at random and not looked up first: the unique key refuses one
 * already taken, and the whole transaction goes. Every caller therefore runs it under
 * {@link TransientFailures#retry} (or {@code once}), which runs it again with a new draw.
 */
@Stateless
public class BookingIntakeService {

    private static final Logger LOG = Logger.getLogger(BookingIntakeService.class.getName());

    @Inject
    BookingFormValidator validator;

    @Inject
    BookingRequestRepository requests;

    @Inject
    ConsentEventRepository consents;

    @Inject
    RateLimits rateLimits;

    @Inject
    IntakeSeal intakeSeal;

    @Inject
    IntakeConfirmations confirmations;

    @Inject
    Clock clock;

    /**
     * @param clinicAllowed the clinics this sender may send for (a partner's key names them); another
     *        is an error on the clinic field
     * @return the stored request's receipt
     * @throws no.timebok.common.error.InvalidInputException when the form is invalid; nothing is stored
     * @throws no.timebok.common.error.RateLimitedException when the phone number sent too many requests
     */
    public Receipt submit(BookingForm form, LongPredicate clinicAllowed) {
        return store(form, null, clinicAllowed);
    }

    /**
     * A post of the public form: the first for this showing of the form ({@code formKey}) stores the
     * request, a later one gets its receipt and stores nothing. Two posts at the same moment both
     * try to store; the unique form key makes the second fail, and {@link #earlierReceipt} answers it.
     *
     * @return the receipt of the one request of this showing of the form
     */
    public Receipt submitOnce(BookingForm form, String formKey) {
        return earlierReceipt(formKey).orElseGet(() -> store(form, formKey, clinic -> true));
    }

    /** The receipt of the request already stored from this showing of the form, if any. */
    public Optional<Receipt> earlierReceipt(String formKey) {
        return requests.findByFormKey(formKey).map(r -> new Receipt(r.reference(), r.receiptToken()));
    }

    private Receipt store(BookingForm form, String formKey, LongPredicate clinicAllowed) {
        BookingDetails details = validator.validate(form, clinicAllowed);
        if (!details.visitType().bookingMode().takesRequests()) {
            // The clinic wants this kind of visit booked at a free time the patient picks.
            throw new FieldErrors().add("visitType", "error.visitType.pickTime").asException();
        }
        BookingRequest request = store(details, formKey, confirmations::confirm);
        return new Receipt(request.reference(), request.receiptToken());
    }

    /**
     * Stores a request whose patient picked a free time: sealed, limited and consented as one from
     * the form, but told about by its appointment's confirmation, not by the request's receipt.
     * The caller books the time in the same transaction, and runs that transaction under
     * {@link TransientFailures#retry} or {@code once}, as a taken reference fails it.
     *
     * @throws no.timebok.common.error.RateLimitedException when the phone number sent too many requests
     */
    public BookingRequest storePicked(BookingDetails details, String formKey) {
        return store(details, formKey, BookingRequest::pickedByPatient);
    }

    /** @param beforeInsert confirms or marks the request while it is not yet stored, so a flag goes in with the row */
    private BookingRequest store(BookingDetails details, String formKey, Consumer<BookingRequest> beforeInsert) {
        details.contact().phoneE164().ifPresent(rateLimits::admitPhone);
        Instant now = clock.instant();
        BookingRequest request = BookingRequest.submit(BookingReference.next(), details, intakeSeal, now, formKey);
        beforeInsert.accept(request);
        requests.add(request);
        if (details.newsletter()) {
            consents.add(ConsentEvent.newsletterGrantedOnForm(request, now));
        }
        // The reference is not personal data; nothing the patient typed goes into the log.
        LOG.info(() -> "Booking request " + request.reference() + " received for clinic " + details.clinic().code());
        return request;
    }

    /** What the patient needs after submitting: the code to quote, and the key to the receipt page. */
    public record Receipt(String reference, String receiptToken) {
    }
}
