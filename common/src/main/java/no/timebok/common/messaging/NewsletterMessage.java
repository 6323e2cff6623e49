package no.timebok.common.messaging;

import java.net.URI;
import java.util.Objects;
import no.timebok.common.i18n.Language;

/**
 * One copy of a newsletter to one consenting recipient, always by email. The text is the
 * administrator's and holds no personal or health information; the unsubscribe address carries
 * only a sealed token.
 *
 * @param subjectReference the booking request whose consent makes this recipient eligible
 * @param unsubscribeUrl the one-click unsubscribe address, for the {@code List-Unsubscribe} header
 *                       and the link in the text
 */
public record NewsletterMessage(long clinicId, String subjectReference, String email, Language language, String subject,
                                String text, URI unsubscribeUrl) {

    public NewsletterMessage {
        Objects.requireNonNull(subjectReference);
        Objects.requireNonNull(email);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(unsubscribeUrl);
        Objects.requireNonNull(language);
        if (!"https".equals(unsubscribeUrl.getScheme()) && !"http".equals(unsubscribeUrl.getScheme())) {
            throw new IllegalArgumentException("The unsubscribe address must be a web address");
        }
    }
}
