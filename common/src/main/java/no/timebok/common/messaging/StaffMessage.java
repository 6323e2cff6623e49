package no.timebok.common.messaging;

import java.util.Objects;
import no.timebok.common.i18n.Language;

/**
 * A message staff write to the patient of a booking request. The text is stored encrypted and
 * is the writer's responsibility: health information does not belong in SMS or email.
 *
 * @param recipient E.164 mobile for SMS, an email address for EMAIL
 * @param language the patient's language, for the email subject
 */
public record StaffMessage(long clinicId, String subjectReference, Channel channel, String recipient, Language language,
                           String text) {

    /** Longest text staff may send: seven concatenated SMS parts of 153 GSM-7 characters. */
    public static final int MAX_TEXT_LENGTH = 1071;

    public StaffMessage {
        Objects.requireNonNull(subjectReference);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(recipient);
        Objects.requireNonNull(text);
        Objects.requireNonNull(language);
    }
}
