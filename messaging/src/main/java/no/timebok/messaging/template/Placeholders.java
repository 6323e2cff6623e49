package no.timebok.messaging.template;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.messaging.TemplateField;

/**
 * The {@code {field}} syntax of templates. Only {@link TemplateField} names (in lower case) are
 * placeholders; a brace is always a placeholder's, so a template cannot hide a field that is not
 * on the allow-list.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /** The first problem in the template text, as a message key; empty when it is valid. */
    public static Optional<String> problem(String template) {
        int at = 0;
        while (at < template.length()) {
            char c = template.charAt(at);
            if (c == '}') {
                return Optional.of("template.brace.unmatched");
            }
            if (c == '{') {
                int close = template.indexOf('}', at);
                if (close < 0) {
                    return Optional.of("template.brace.unmatched");
                }
                if (field(template.substring(at + 1, close)).isEmpty()) {
                    return Optional.of("template.field.not-allowed");
                }
                at = close + 1;
            } else {
                at++;
            }
        }
        return Optional.empty();
    }

    /**
     * The text with each placeholder replaced by its field's value; a field the message does not
     * carry becomes empty. Values are inserted as they are: escaping is the caller's (HTML).
     *
     * @throws IllegalArgumentException when the template is not valid (see {@link #problem})
     */
    public static String fill(String template, Map<TemplateField, String> values) {
        problem(template).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        StringBuilder out = new StringBuilder(template.length() + 64);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open);
            out.append(values.getOrDefault(field(template.substring(open + 1, close)).orElseThrow(), ""));
            at = close + 1;
        }
        return out.toString();
    }

    private static Optional<TemplateField> field(String name) {
        for (TemplateField field : TemplateField.values()) {
            if (field.name().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
