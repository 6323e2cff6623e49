package no.timebok.booking.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.booking.request.BookingStatus;
import no.timebok.common.i18n.Language;

/** What the receipt page and the API's receipt show: never more than the patient was told at intake. */
@ApplicationScoped
public class ReceiptService {

    @Inject
    BookingRequestRepository requests;

    /** The receipt of this 128-bit token, if a request has it. */
    public Optional<Receipt> find(String token) {
        return requests.findByReceiptToken(token)
                .map(r -> new Receipt(r.reference(), r.clinicId(), r.clinicName(), r.status(), r.language()));
    }

    /** A request as its receipt shows it: reference, clinic and status; no personal data. */
    public record Receipt(String reference, long clinicId, String clinicName, BookingStatus status, Language language) {
    }
}
