package no.timebok.common.messaging;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import no.timebok.common.i18n.Language;

/**
 * One copy of a newsletter to one consenting recipient, always by email. The text is the
 * administrator's and holds no personal or health information; the unsubscribe address, the open
 * marker and the redirects carry only random per-copy tokens.
 *
 * @param subjectReference the booking request whose consent makes this recipient eligible
 * @param unsubscribeUrl the one-click unsubscribe address, for the {@code List-Unsubscribe} header
 *                       and the link in the text
 * @param openMarkerUrl the address of the copy's 1x1 image, or null when the copy is not measured
 * @param links for each address in the text (as {@link TextLinks} finds it) the copy's signed
 *              redirect to it; an address missing here is left as written
 */
public record NewsletterMessage(long clinicId, String subjectReference, String email, Language language, String subject,
                                String text, URI unsubscribeUrl, URI openMarkerUrl, Map<String, URI> links) {

    public NewsletterMessage {
        Objects.requireNonNull(subjectReference);
        Objects.requireNonNull(email);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
        Objects.requireNonNull(unsubscribeUrl);
        Objects.requireNonNull(language);
        links = Map.copyOf(links);
        requireWebAddress(unsubscribeUrl, "unsubscribe address");
        if (openMarkerUrl != null) {
            requireWebAddress(openMarkerUrl, "open marker");
        }
        links.values().forEach(redirect -> requireWebAddress(redirect, "redirect"));
    }

    /** A copy that is not measured: no open marker, its links as written. */
    public NewsletterMessage(long clinicId, String subjectReference, String email, Language language, String subject,
                             String text, URI unsubscribeUrl) {
        this(clinicId, subjectReference, email, language, subject, text, unsubscribeUrl, null, Map.of());
    }

    public Optional<URI> openMarker() {
        return Optional.ofNullable(openMarkerUrl);
    }

    private static void requireWebAddress(URI uri, String what) {
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("The " + what + " must be a web address");
        }
    }
}
