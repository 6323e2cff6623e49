package no.timebok.messaging.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.Map;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.messaging.MessageKind;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static MessageTemplate template(MessageKind kind) throws Exception {
        var constructor = MessageTemplate.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        MessageTemplate template = constructor.newInstance();
        for (var entry : Map.of("kind", (Object) kind, "language", "nb", "subject", "Gammel", "body", "Gammel {name}")
                .entrySet()) {
            Field field = MessageTemplate.class.getDeclaredField(entry.getKey());
            field.setAccessible(true);
            field.set(template, entry.getValue());
        }
        return template;
    }

    @Test
    void allowListedFieldsAreSaved() throws Exception {
        MessageTemplate template = template(MessageKind.APPOINTMENT_BOOKED);
        template.edit("Time hos {clinic}", "Hei {name}, {time} {place} {link} {reference}");
        assertEquals("Time hos {clinic}", template.text().subject());
        assertEquals("Hei {name}, {time} {place} {link} {reference}", template.text().body());
    }

    @Test
    void aFieldOutsideTheAllowListIsRefusedPerFieldAndNothingChanges() throws Exception {
        MessageTemplate template = template(MessageKind.APPOINTMENT_BOOKED);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> template.edit("Om {diagnosis}", "Hei {name}, {freeText}"));
        assertEquals(Map.of("subject", "template.field.not-allowed", "body", "template.field.not-allowed"),
                refused.errors().asMap());
        assertEquals("Gammel {name}", template.text().body());
    }

    @Test
    void aSubjectMustBeOneLineAndABodyIsRequired() throws Exception {
        MessageTemplate template = template(MessageKind.APPOINTMENT_REMINDER);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> template.edit("Linje\r\nBcc: x@example.com", " "));
        assertEquals(Map.of("subject", "template.subject.one-line", "body", "template.required"), refused.errors().asMap());
    }

    @Test
    void tooLongTextsAreRefused() throws Exception {
        MessageTemplate template = template(MessageKind.APPOINTMENT_BOOKED);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> template.edit("x".repeat(201), "y".repeat(1072)));
        assertEquals(Map.of("subject", "template.too-long", "body", "template.too-long"), refused.errors().asMap());
    }
}
