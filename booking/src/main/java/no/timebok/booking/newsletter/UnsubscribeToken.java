package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.FieldDecryptionException;
import no.timebok.common.i18n.Language;

/**
 * The unsubscribe address's token: the clinic and email address, sealed, so the URL (which mail
 * servers, scanners and proxies log) names nobody, and a changed token does not open.
 */
@ApplicationScoped
public class UnsubscribeToken {

    public static final String PATH = "/newsletter/unsubscribe";
    private static final String CONTEXT = "newsletter-unsubscribe";

    @Inject
    FieldCipher cipher;

    @Inject
    TimebokConfig config;

    public URI url(long clinicId, String email, Language language) {
        byte[] sealed = cipher.seal(clinicId + " " + email.toLowerCase(Locale.ROOT), CONTEXT);
        return URI.create(config.publicBaseUrl() + PATH + "?t=" + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed)
                + "&lang=" + language.tag());
    }

    /** Empty for anything that is not a token this system sealed: never an exception. */
    public Optional<Subscriber> open(String token) {
        if (token == null || token.isEmpty() || token.length() > 1000) {
            return Optional.empty();
        }
        try {
            String opened = cipher.open(Base64.getUrlDecoder().decode(token), CONTEXT);
            int space = opened.indexOf(' ');
            if (space <= 0) {
                return Optional.empty();
            }
            return Optional.of(new Subscriber(Long.parseLong(opened.substring(0, space)), opened.substring(space + 1)));
        } catch (IllegalArgumentException | FieldDecryptionException e) {
            return Optional.empty();
        }
    }

    public record Subscriber(long clinicId, String email) {
    }
}
