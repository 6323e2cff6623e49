package no.timebok.common.messaging;

import java.util.Objects;
import no.timebok.common.i18n.Language;

/**
 * The text of one template: the subject is used for email, the body for SMS and email.
 *
 * @param language the patient's language
 */
public record TemplateText(MessageKind kind, Language language, String subject, String body) {

    public TemplateText {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(body);
        Objects.requireNonNull(language);
    }
}
