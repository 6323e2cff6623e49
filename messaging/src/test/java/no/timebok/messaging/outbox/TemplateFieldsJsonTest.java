package no.timebok.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import no.timebok.common.messaging.TemplateField;
import org.junit.jupiter.api.Test;

class TemplateFieldsJsonTest {

    @Test
    void fieldsAreWrittenAsOneObjectInTheEnumsOrder() {
        Map<TemplateField, String> fields = new EnumMap<>(TemplateField.class);
        fields.put(TemplateField.LINK, "https://timebok.no/r/abc");
        fields.put(TemplateField.NAME, "Kari");
        fields.put(TemplateField.REFERENCE, "TB-7K4Q-2M");

        assertEquals("{\"NAME\":\"Kari\",\"REFERENCE\":\"TB-7K4Q-2M\",\"LINK\":\"https://timebok.no/r/abc\"}",
                TemplateFieldsJson.write(fields));
    }

    @Test
    void noFieldsIsAnEmptyObject() {
        assertEquals("{}", TemplateFieldsJson.write(Map.of()));
        assertEquals(Map.of(), TemplateFieldsJson.read("{}"));
    }

    @Test
    void quotesBackslashesAndNewlinesAreEscapedAndCannotAddAField() {
        String hostile = "Kari\", \"PLACE\": \"elsewhere\\\n";

        String json = TemplateFieldsJson.write(Map.of(TemplateField.NAME, hostile));

        assertEquals("{\"NAME\":\"Kari\\\", \\\"PLACE\\\": \\\"elsewhere\\\\\\n\"}", json);
        assertEquals(Map.of(TemplateField.NAME, hostile), TemplateFieldsJson.read(json));
    }

    @Test
    void norwegianLettersAndEmojiSurviveTheRoundTrip() {
        Map<TemplateField, String> fields = Map.of(
                TemplateField.NAME, "Åse Øvrebø-Ærø 😊",
                TemplateField.CLINIC, "C-Medical Oslo sentrum",
                TemplateField.TIME, "tirsdag 31. mars kl. 09:15");

        assertEquals(fields, TemplateFieldsJson.read(TemplateFieldsJson.write(fields)));
    }

    @Test
    void aFieldOutsideTheAllowListIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TemplateFieldsJson.read("{\"NAME\":\"Kari\",\"NATIONAL_ID\":\"01019012345\"}"));
    }

    @Test
    void aValueThatIsNotTextIsRefused() {
        assertThrows(ClassCastException.class, () -> TemplateFieldsJson.read("{\"NAME\":{\"first\":\"Kari\"}}"));
    }
}
