package no.timebok.common.messaging;

import java.util.Objects;

/**
 * The text of one template: the subject is used for email, the body for SMS and email.
 *
 * @param language "nb" or "en"
 */
public record TemplateText(MessageKind kind, String language, String subject, String body) {

    public TemplateText {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        if (!"nb".equals(language) && !"en".equals(language)) {
            throw new IllegalArgumentException("Unsupported language " + language);
        }
    }
}
