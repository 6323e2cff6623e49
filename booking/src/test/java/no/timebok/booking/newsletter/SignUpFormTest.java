package no.timebok.booking.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.i18n.Language;
import org.junit.jupiter.api.Test;

class SignUpFormTest {

    @Test
    void aCompleteSignUpForAClinicTakingBookingsIsAcceptedAndTrimmed() {
        SignUpForm.SignUp signUp = new SignUpForm(" Ola Nordmann ", " ola@example.no ", " 2", "en").validate(Set.of(1L, 2L));

        assertEquals(new SignUpForm.SignUp(2L, "Ola Nordmann", "ola@example.no", Language.EN), signUp);
    }

    @Test
    void emptyFieldsAreEachNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SignUpForm(" ", null, "", "nb").validate(Set.of(1L)));

        assertEquals(Map.of("name", "error.name.required", "email", "error.email.required", "clinic", "error.clinic.required"),
                e.errors().asMap());
    }

    @Test
    void aHeaderInjectionAForeignClinicAndAnOverlongNameAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SignUpForm("x".repeat(201), "a@example.no\r\nBcc: b@example.no", "3", "nb").validate(Set.of(1L, 2L)));

        assertEquals("error.name.tooLong", e.errors().asMap().get("name"));
        assertTrue(e.errors().has("email"), e.errors().toString());
        assertEquals("error.clinic.required", e.errors().asMap().get("clinic"));
    }

    @Test
    void aNotANumberClinicAndAnInvalidAddressAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SignUpForm("Kari", "kari@", "1 OR 1=1", "nb").validate(Set.of(1L)));

        assertEquals(Map.of("email", "error.email.invalid", "clinic", "error.clinic.required"), e.errors().asMap());
    }

    @Test
    void aRefusedFormKeepsEverythingTypedAcrossALanguageSwitch() {
        SignUpForm typed = new SignUpForm("Kari", "kari@", "1", "nb");

        assertEquals(new SignUpForm("Kari", "kari@", "1", "en"), typed.inLanguage("en"));
    }

    @Test
    void theConfirmationTokenIs128RandomBitsAndOnlyItsDigestIsStored() {
        String token = ReceiptToken.next();
        String digest = UnsubscribeLinks.digest(token);

        assertTrue(ReceiptToken.isWellFormed(token), token);
        assertNotEquals(token, ReceiptToken.next());
        assertEquals(43, digest.length(), "fits the CHAR(43) column");
        assertEquals(digest, UnsubscribeLinks.digest(token), "the same token finds the same row");
        assertNotEquals(digest, UnsubscribeLinks.digest(token.substring(1) + "A"));
        assertTrue(!digest.contains(token));
    }
}
