package no.timebok.common.messaging;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.timebok.common.i18n.Language;

/**
 * A message booking wants sent.
 *
 * @param subjectReference the booking request's reference, which threads the message
 * @param mobileE164 the patient's mobile in E.164, if any
 * @param email the patient's email, if any
 * @param language the patient's language
 */
public record OutboundMessage(MessageKind kind, long clinicId, String subjectReference,
                              Optional<String> mobileE164, Optional<String> email, Language language,
                              Map<TemplateField, String> fields) {

    public OutboundMessage {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subjectReference);
        Objects.requireNonNull(mobileE164);
        Objects.requireNonNull(email);
        fields = fields.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(fields));
        if (mobileE164.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("A message needs a mobile number or an email address");
        }
        Objects.requireNonNull(language);
    }
}
