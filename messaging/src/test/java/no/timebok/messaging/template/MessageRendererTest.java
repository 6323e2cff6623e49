package no.timebok.messaging.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.TemplateField;
import no.timebok.common.messaging.TemplateText;
import org.junit.jupiter.api.Test;

class MessageRendererTest {

    private static final TemplateText BOOKED = new TemplateText(MessageKind.APPOINTMENT_BOOKED, Language.NB,
            "Time hos {clinic}", "Hei {name}! Time {time} <b>hos</b> {clinic}.\nSe {link}");

    @Test
    void textIsFilledAsItIs() {
        RenderedMessage rendered = MessageRenderer.render(BOOKED, Map.of(TemplateField.NAME, "Kari <script>",
                TemplateField.CLINIC, "A&B", TemplateField.TIME, "tirsdag 09:15", TemplateField.LINK, "https://t/x"),
                Optional.empty());
        assertEquals("Hei Kari <script>! Time tirsdag 09:15 <b>hos</b> A&B.\nSe https://t/x", rendered.text());
        assertEquals("Time hos A&B", rendered.subject());
    }

    @Test
    void htmlEscapesValuesAndTheTemplate() {
        RenderedMessage rendered = MessageRenderer.render(BOOKED, Map.of(TemplateField.NAME, "Kari <script>\"",
                TemplateField.CLINIC, "A&B"), Optional.empty());
        assertTrue(rendered.html().contains("Hei Kari &lt;script&gt;&quot;!"), rendered.html());
        assertTrue(rendered.html().contains("&lt;b&gt;hos&lt;/b&gt; A&amp;B.<br>Se "), rendered.html());
        assertFalse(rendered.html().contains("<script>"));
    }

    @Test
    void theSubjectCannotCarryALineBreakWhateverTheValues() {
        RenderedMessage rendered = MessageRenderer.render(BOOKED,
                Map.of(TemplateField.CLINIC, "Klinikk\r\nBcc: victim@example.com"), Optional.empty());
        assertEquals("Time hos Klinikk  Bcc: victim@example.com", rendered.subject());
        assertFalse(rendered.subject().contains("\n") || rendered.subject().contains("\r"));
    }

    @Test
    void aStaffMessageUsesTheWrittenTextEscapedInHtml() {
        TemplateText staff = new TemplateText(MessageKind.STAFF_MESSAGE, Language.EN, "Message from {clinic}", "");
        RenderedMessage rendered = MessageRenderer.render(staff, Map.of(TemplateField.CLINIC, "Sentrum"),
                Optional.of("Please call us <today>"));
        assertEquals("Please call us <today>", rendered.text());
        assertEquals("Message from Sentrum", rendered.subject());
        assertTrue(rendered.html().contains("Please call us &lt;today&gt;"), rendered.html());
    }
}
