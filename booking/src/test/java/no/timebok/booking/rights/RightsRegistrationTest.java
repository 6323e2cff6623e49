package no.timebok.booking.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class RightsRegistrationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aValidFormIsNormalisedAsBookingRequestsStoreTheIdentifier() {
        RightsRegistration phone = RightsRegistration.validate(
                new RightsRequestForm(1L, "access", "PHONE", "+47 912 34 567", "BANKID", " ", "2026-11-20"), Set.of(1L), TODAY);

        assertEquals(RightsRequestKind.ACCESS, phone.kind());
        assertEquals("+4791234567", phone.matchKey());
        assertEquals(Optional.empty(), phone.identityNote(), "a blank note is no note");
        assertEquals(LocalDate.of(2026, 11, 20), phone.receivedOn());
    }

    @Test
    void everyWrongFieldIsNamed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RightsRegistration.validate(
                new RightsRequestForm(2L, "FORGET_ME", "EMAIL", "not-an-address", "OTHER", null, "2026-11-24"), Set.of(1L), TODAY));

        assertEquals(Set.of("clinicId", "kind", "matchKey", "identityNote", "receivedOn"), refused.errors().asMap().keySet());
        assertEquals("rights.matchKey.invalid.email", refused.errors().asMap().get("matchKey"));
        assertEquals("rights.receivedOn.future", refused.errors().asMap().get("receivedOn"));
    }

    @Test
    void aDateMoreThanAYearBackIsATypo() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> RightsRegistration.validate(
                new RightsRequestForm(1L, "ERASURE", "NATIONAL_ID", "abc", "BANKID", null, "2025-11-22"), Set.of(1L), TODAY));

        assertEquals("rights.receivedOn.tooOld", refused.errors().asMap().get("receivedOn"));
        assertEquals("rights.matchKey.invalid.national_id", refused.errors().asMap().get("matchKey"));
    }

    @Test
    void noFormAtAllIsAnErrorNotACrash() {
        assertThrows(InvalidInputException.class, () -> RightsRegistration.validate(null, Set.of(1L), TODAY));
    }
}
