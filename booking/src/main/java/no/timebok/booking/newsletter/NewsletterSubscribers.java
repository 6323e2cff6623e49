package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.common.i18n.Language;
import no.timebok.common.persistence.UtcColumns;

/**
 * The sign-ups of the newsletter page ({@code newsletter_subscriber}, V77) and their consent
 * history. A row is PENDING until its confirmation link is used, then CONFIRMED; an unsubscribed
 * row keeps only its id, clinic and dates. Addresses are compared without regard to case.
 */
@ApplicationScoped
public class NewsletterSubscribers {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The outbox threads every message by a reference; a subscriber's is its own, never a request's. */
    public static String reference(long subscriberId) {
        return "NS-" + subscriberId;
    }

    /** A PENDING or CONFIRMED sign-up for this address at the clinic, if any. */
    Optional<Subscriber> findActive(long clinicId, String email) {
        return first(em.createNativeQuery("SELECT id, clinic_id, status, expires_at FROM newsletter_subscriber"
                        + " WHERE clinic_id = ? AND LOWER(email) = LOWER(?) AND status IN ('PENDING', 'CONFIRMED')"
                        + " ORDER BY id LIMIT 1 FOR UPDATE")
                .setParameter(1, clinicId).setParameter(2, email).getResultList());
    }

    /** The sign-up whose confirmation token has this digest, in whatever state. */
    Optional<Subscriber> findByTokenDigest(String digest) {
        return first(em.createNativeQuery("SELECT id, clinic_id, status, expires_at FROM newsletter_subscriber"
                        + " WHERE token_digest = ? FOR UPDATE")
                .setParameter(1, digest).getResultList());
    }

    /** @return the new row's id */
    long addPending(SignUpForm.SignUp signUp, String tokenDigest, Instant now, Instant expiresAt) {
        em.createNativeQuery("INSERT INTO newsletter_subscriber (clinic_id, name, email, language, status, token_digest,"
                        + " created_at, expires_at) VALUES (?, ?, ?, ?, 'PENDING', ?, ?, ?)")
                .setParameter(1, signUp.clinicId()).setParameter(2, signUp.name()).setParameter(3, signUp.email())
                .setParameter(4, signUp.language().tag()).setParameter(5, tokenDigest)
                .setParameter(6, UtcColumns.column(now)).setParameter(7, UtcColumns.column(expiresAt))
                .executeUpdate();
        // The digest is unique, and unlike LAST_INSERT_ID() it needs no assumption about the connection.
        return ((Number) em.createNativeQuery("SELECT id FROM newsletter_subscriber WHERE token_digest = ?")
                .setParameter(1, tokenDigest).getSingleResult()).longValue();
    }

    /** A second sign-up before the first was confirmed: the latest name, language and link count. */
    void renewPending(long id, SignUpForm.SignUp signUp, String tokenDigest, Instant expiresAt) {
        em.createNativeQuery("UPDATE newsletter_subscriber SET name = ?, email = ?, language = ?, token_digest = ?,"
                        + " expires_at = ? WHERE id = ? AND status = 'PENDING'")
                .setParameter(1, signUp.name()).setParameter(2, signUp.email()).setParameter(3, signUp.language().tag())
                .setParameter(4, tokenDigest).setParameter(5, UtcColumns.column(expiresAt)).setParameter(6, id)
                .executeUpdate();
    }

    /** Confirms a PENDING row and records the grant; the caller checked that it has not expired. */
    void confirm(long id, Instant now) {
        em.createNativeQuery("UPDATE newsletter_subscriber SET status = 'CONFIRMED', confirmed_at = ? WHERE id = ? AND status = 'PENDING'")
                .setParameter(1, UtcColumns.column(now)).setParameter(2, id)
                .executeUpdate();
        SubscriberConsents.record(em, id, true, SubscriberConsents.SIGN_UP_PAGE, now);
    }

    /**
     * Ends these subscriptions: the name, address and token go at once, the row keeps its id and dates
     * for the consent history. The caller records the withdrawals of those that were confirmed. The
     * unsubscribe link's {@link SubscriberWithdrawals} does the same with its own statement, since it
     * runs on the edge, where this class is not deployed.
     */
    void end(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE newsletter_subscriber SET name = NULL, email = NULL, token_digest = NULL,"
                        + " status = 'UNSUBSCRIBED', unsubscribed_at = ? WHERE id IN (" + joined(ids) + ")")
                .setParameter(1, UtcColumns.column(now))
                .executeUpdate();
    }

    /** Ids come from the database as numbers, so joining them into a statement cannot inject anything. */
    static String joined(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * The clinic's confirmed subscribers, oldest first: id, address and language. One whose processing
     * is restricted (through a rights request) is left out until the restriction is lifted.
     */
    List<Confirmed> confirmed(long clinicId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, email, language FROM newsletter_subscriber"
                        + " WHERE clinic_id = ? AND status = 'CONFIRMED' AND processing_restricted_at IS NULL ORDER BY id")
                .setParameter(1, clinicId).getResultList();
        return rows.stream().map(r -> new Confirmed(((Number) r[0]).longValue(), (String) r[1], Language.of((String) r[2])))
                .toList();
    }

    /** The addresses, lower-cased, of the clinic's subscriptions whose processing is restricted now. */
    Set<String> restrictedAddresses(long clinicId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT email FROM newsletter_subscriber WHERE clinic_id = ?"
                        + " AND processing_restricted_at IS NOT NULL AND email IS NOT NULL")
                .setParameter(1, clinicId).getResultList();
        return rows.stream().map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static Optional<Subscriber> first(List<?> rows) {
        return rows.stream().findFirst().map(Object[].class::cast).map(r -> new Subscriber(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), Status.valueOf((String) r[2]), UtcColumns.instant(r[3])));
    }

    enum Status { PENDING, CONFIRMED, UNSUBSCRIBED }

    /** A sign-up as the confirmation page needs it: no name or address. */
    record Subscriber(long id, long clinicId, Status status, Instant expiresAt) {

        boolean confirmable(Instant now) {
            return status == Status.PENDING && now.isBefore(expiresAt);
        }
    }

    record Confirmed(long id, String email, Language language) {
    }
}
