package no.timebok.messaging.template;

import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.TemplateField;
import no.timebok.common.messaging.TemplateText;

/** Fills a template with a message's fields, as text and as escaped HTML. */
public final class MessageRenderer {

    private MessageRenderer() {
    }

    /**
     * @param writtenText the text staff wrote, which replaces the template's body (staff messages)
     */
    public static RenderedMessage render(TemplateText template, Map<TemplateField, String> fields,
                                         Optional<String> writtenText) {
        String subject = oneLine(Placeholders.fill(template.subject(), fields));
        String text = writtenText.orElseGet(() -> Placeholders.fill(template.body(), fields));
        String html;
        if (writtenText.isPresent()) {
            html = paragraphs(escape(writtenText.get()));
        } else {
            Map<TemplateField, String> escaped = new EnumMap<>(TemplateField.class);
            fields.forEach((field, value) -> escaped.put(field, escape(value)));
            // The template itself is escaped too: an admin's "<" must show as a "<".
            html = paragraphs(Placeholders.fill(escape(template.body()), escaped));
        }
        return new RenderedMessage(subject, text, "<!DOCTYPE html><html><body>" + html + "</body></html>");
    }

    /** A newsletter copy that is not measured; see {@link NewsletterRenderer}. */
    public static RenderedMessage newsletter(String subject, String text, URI unsubscribe, Language language) {
        return NewsletterRenderer.render(subject, text, unsubscribe, language, Optional.empty(), Map.of());
    }

    /** Line breaks and other control characters become spaces: nothing can start a new header. */
    public static String oneLine(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return out.toString().strip();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String paragraphs(String escapedText) {
        return "<p>" + escapedText.replace("\r\n", "\n").replace("\n", "<br>") + "</p>";
    }
}
