package no.timebok.messaging.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import no.timebok.common.messaging.TemplateField;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void everyAllowListedFieldIsAPlaceholder() {
        assertEquals(Optional.empty(), Placeholders.problem("{name} {reference} {clinic} {time} {place} {link}"));
    }

    @Test
    void aFieldOutsideTheAllowListIsRefused() {
        assertEquals(Optional.of("template.field.not-allowed"), Placeholders.problem("Diagnose: {diagnosis}"));
        assertEquals(Optional.of("template.field.not-allowed"), Placeholders.problem("{nationalId}"));
        assertEquals(Optional.of("template.field.not-allowed"), Placeholders.problem("{NAME}"));
        assertEquals(Optional.of("template.field.not-allowed"), Placeholders.problem("{}"));
    }

    @Test
    void unbalancedBracesAreRefused() {
        assertEquals(Optional.of("template.brace.unmatched"), Placeholders.problem("Hei {name"));
        assertEquals(Optional.of("template.brace.unmatched"), Placeholders.problem("Hei name}"));
    }

    @Test
    void fillReplacesFieldsAndLeavesMissingOnesEmpty() {
        assertEquals("Hei Kari, time .", Placeholders.fill("Hei {name}, time {time}.",
                Map.of(TemplateField.NAME, "Kari")));
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotFilledAgain() {
        assertEquals("Hei {link}!", Placeholders.fill("Hei {name}!", Map.of(TemplateField.NAME, "{link}",
                TemplateField.LINK, "https://x")));
    }

    @Test
    void fillingAnInvalidTemplateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Placeholders.fill("{diagnosis}", Map.of()));
    }
}
