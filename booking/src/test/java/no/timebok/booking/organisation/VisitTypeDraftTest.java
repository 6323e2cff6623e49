package no.timebok.booking.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import no.timebok.booking.clinic.BookingMode;
import no.timebok.booking.organisation.OrganisationDrafts.VisitTypeDraft;
import no.timebok.common.error.FieldErrors;
import org.junit.jupiter.api.Test;

class VisitTypeDraftTest {

    @Test
    void aNamedModeIsTakenWhateverItsCaseAndSpaces() {
        FieldErrors errors = new FieldErrors();
        assertEquals(BookingMode.DIRECT, draft(" direct ").bookingModeOr(BookingMode.REQUEST, errors));
        assertEquals(BookingMode.BOTH, draft("BOTH").bookingModeOr(BookingMode.REQUEST, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void noModeKeepsTheOneItHasSoOlderCallersChangeNothing() {
        FieldErrors errors = new FieldErrors();
        assertEquals(BookingMode.BOTH, draft(null).bookingModeOr(BookingMode.BOTH, errors));
        assertEquals(BookingMode.DIRECT, draft("  ").bookingModeOr(BookingMode.DIRECT, errors));
        assertTrue(errors.isEmpty());
    }

    @Test
    void anUnknownModeIsTheFieldsError() {
        FieldErrors errors = new FieldErrors();
        assertEquals(BookingMode.REQUEST, draft("SOMETIMES").bookingModeOr(BookingMode.REQUEST, errors));
        assertEquals(Map.of("bookingMode", "setup.bookingMode.invalid"), errors.asMap());
    }

    private static VisitTypeDraft draft(String mode) {
        return new VisitTypeDraft(3L, "Konsultasjon", "Consultation", 30, true, mode);
    }
}
