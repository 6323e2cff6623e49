package no.timebok.booking.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import no.timebok.common.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class NewsletterFormTest {

    @Test
    void aCompleteNewsletterForOneOfMyClinicsIsAcceptedAndTrimmed() {
        NewsletterForm.Valid valid = new NewsletterForm(1L, " Høstnytt ", "Autumn news", "Tekst\n", "Text").validate(Set.of(1L, 2L));

        assertEquals(new NewsletterForm.Valid(1L, "Høstnytt", "Autumn news", "Tekst", "Text"), valid);
    }

    @Test
    void anotherClinicAndEmptyOrMultiLineFieldsAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new NewsletterForm(3L, "A\r\nBcc: x@example.com", " ", null, "x".repeat(20_001)).validate(Set.of(1L)));

        assertEquals(Map.of("clinicId", "newsletter.clinic.invalid", "subjectNb", "newsletter.subject.required",
                "subjectEn", "newsletter.subject.required", "textNb", "newsletter.text.required",
                "textEn", "newsletter.text.required"), e.errors().asMap());
    }
}
