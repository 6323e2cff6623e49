package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.i18n.Language;
import no.timebok.common.persistence.UtcColumns;

/**
 * A newsletter copy's unsubscribe address (RFC 8058): a random 128-bit token, of which only the
 * digest is stored, with the clinic and the requests whose newsletter consent it withdraws. The
 * address names nobody, a changed token matches no row, and checking or using it needs no key and
 * no contact data, so edge nodes serve it too.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    public static final String PATH = "/newsletter/unsubscribe";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    /** A link just stored: its address, and its token's digest, by which the copy's other rows name it. */
    public record Issued(URI address, String digest) {
    }

    /**
     * Stores a new link for one recipient's copy.
     *
     * @param subscriberIds the newsletter-page subscriptions of the copy's address, which the link ends too
     */
    public Issued issue(long clinicId, List<Long> requestIds, List<Long> subscriberIds, Language language, Instant now) {
        String token = ReceiptToken.next();
        String digest = digest(token);
        em.createNativeQuery("INSERT INTO newsletter_unsubscribe_link (token_digest, clinic_id, language, created_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, digest).setParameter(2, clinicId).setParameter(3, language.tag())
                .setParameter(4, UtcColumns.column(now))
                .executeUpdate();
        for (long requestId : requestIds) {
            em.createNativeQuery("INSERT INTO newsletter_unsubscribe_link_request (token_digest, booking_request_id) VALUES (?, ?)")
                    .setParameter(1, digest).setParameter(2, requestId)
                    .executeUpdate();
        }
        for (long subscriberId : subscriberIds) {
            em.createNativeQuery("INSERT INTO newsletter_unsubscribe_link_subscriber (token_digest, subscriber_id) VALUES (?, ?)")
                    .setParameter(1, digest).setParameter(2, subscriberId)
                    .executeUpdate();
        }
        return new Issued(URI.create(config.publicBaseUrl() + PATH + "?t=" + token + "&lang=" + language.tag()), digest);
    }

    /** The clinic of the link with this token; empty for anything that is not one: never an exception. */
    public Optional<Long> clinicOf(String token) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createNativeQuery("SELECT clinic_id FROM newsletter_unsubscribe_link WHERE token_digest = ?")
                .setParameter(1, digest(token))
                .getResultStream()
                .findFirst()
                .map(id -> ((Number) id).longValue());
    }

    /**
     * Marks the link used, the first time only; answers its digest then, so the consents are
     * withdrawn once however often it is pressed (by the page's button and a mail client's one-click).
     */
    public Optional<String> use(String token, Instant now) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        String digest = digest(token);
        int first = em.createNativeQuery("UPDATE newsletter_unsubscribe_link SET used_at = ? WHERE token_digest = ? AND used_at IS NULL")
                .setParameter(1, UtcColumns.column(now)).setParameter(2, digest)
                .executeUpdate();
        return first == 1 ? Optional.of(digest) : Optional.empty();
    }

    /** SHA-256 of the text (UTF-8), base64url: what the tables keep instead of a token, or an address. */
    static String digest(String token) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
