package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.TextLinks;

/**
 * A newsletter copy's measuring addresses: the open marker and a signed redirect per address in
 * its text. Both carry only the copy's own random token, never an address, a name or a reference;
 * only the token's digest is stored. The token is not the unsubscribe link's: a mail provider that
 * fetches images through a proxy sees the marker, and must not thereby hold the power to unsubscribe.
 */
@ApplicationScoped
public class CopyLinks {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    /** The measuring addresses of one copy, for {@link no.timebok.common.messaging.NewsletterMessage}. */
    public record Issued(URI openMarker, Map<String, URI> links) {
    }

    /**
     * Counting rows for every address in the newsletter's texts, so the administrator sees the
     * addresses nobody followed too. Called once, when it is sent.
     */
    void register(Newsletter newsletter) {
        for (Language language : Language.values()) {
            for (TextLinks.Found found : TextLinks.in(newsletter.text(language))) {
                em.createNativeQuery("INSERT IGNORE INTO newsletter_link (newsletter_id, link_digest, url) VALUES (?, ?, ?)")
                        .setParameter(1, newsletter.id()).setParameter(2, CopyMarks.linkDigest(found.url()))
                        .setParameter(3, found.url())
                        .executeUpdate();
            }
        }
    }

    /** Stores a new copy of the newsletter, tied to its unsubscribe link, and answers its addresses. */
    Issued issue(Newsletter newsletter, String unsubscribeDigest, String text) {
        String token = ReceiptToken.next();
        em.createNativeQuery("INSERT INTO newsletter_copy (token_digest, newsletter_id, unsubscribe_digest) VALUES (?, ?, ?)")
                .setParameter(1, UnsubscribeLinks.digest(token)).setParameter(2, newsletter.id())
                .setParameter(3, unsubscribeDigest)
                .executeUpdate();
        byte[] key = newsletter.linkKey();
        Map<String, URI> links = new LinkedHashMap<>();
        for (TextLinks.Found found : TextLinks.in(text)) {
            links.computeIfAbsent(found.url(), target -> URI.create(config.publicBaseUrl() + MeasuringService.REDIRECT_PATH + "?c=" + token
                    + "&u=" + URLEncoder.encode(target, StandardCharsets.UTF_8)
                    + "&s=" + LinkSignature.sign(key, token, target)));
        }
        return new Issued(URI.create(config.publicBaseUrl() + MeasuringService.OPEN_PATH + "?c=" + token), links);
    }
}
