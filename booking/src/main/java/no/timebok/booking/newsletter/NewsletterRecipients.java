package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.timebok.common.i18n.Language;
import no.timebok.common.validation.EmailAddresses;

/**
 * Who may receive a clinic's newsletter. Consent is recorded per booking request, but a person is
 * known here by their email, so the address decides as a whole: its most recent NEWSLETTER event
 * over all its requests must be a grant, and none of its requests may be restricted. A withdrawal
 * or objection made through any one request therefore stops the address. Confirmed subscribers of
 * the newsletter page are recipients by their own consent; an address that is both gets one copy,
 * whose unsubscribe link stops both, and a restricted address gets none, whether a request or a
 * subscription of it was restricted.
 */
@ApplicationScoped
public class NewsletterRecipients {

    private static final String QUERY = """
            SELECT b.reference, b.email, b.language, b.processing_restricted_at IS NOT NULL, c.granted, c.objection, c.id, b.id
            FROM consent_event c JOIN booking_request b ON b.id = c.booking_request_id
            WHERE c.purpose = 'NEWSLETTER' AND b.clinic_id = ? AND b.email IS NOT NULL AND b.contact_erased_at IS NULL
              AND c.id = (SELECT MAX(l.id) FROM consent_event l WHERE l.booking_request_id = b.id AND l.purpose = 'NEWSLETTER')
            ORDER BY c.id""";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    NewsletterSubscribers subscribers;

    /** One recipient per distinct address (case-insensitive), in the order they consented. */
    public List<Recipient> of(long clinicId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY).setParameter(1, clinicId).getResultList();
        Map<String, Candidate> byEmail = new LinkedHashMap<>();
        for (Object[] row : rows) {
            // Stored addresses passed the form's check; one that no longer would is skipped rather
            // than refused by the outbox, which would roll back the whole send.
            Optional<String> email = EmailAddresses.normalise((String) row[1]);
            if (email.isEmpty()) {
                continue;
            }
            Candidate candidate = new Candidate((String) row[0], email.get(), (String) row[2], truth(row[3]),
                    truth(row[4]) && !truth(row[5]), List.of(((Number) row[7]).longValue()));
            byEmail.merge(candidate.email().toLowerCase(Locale.ROOT), candidate, Candidate::then);
        }
        Set<String> restrictedSubscribers = subscribers.restrictedAddresses(clinicId);
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        for (Candidate c : byEmail.values()) {
            if (c.consents() && !c.restricted() && !restrictedSubscribers.contains(c.email().toLowerCase(Locale.ROOT))) {
                recipients.put(c.email().toLowerCase(Locale.ROOT),
                        new Recipient(c.reference(), c.email(), Language.of(c.language()), c.requestIds(), List.of()));
            }
        }
        for (NewsletterSubscribers.Confirmed s : subscribers.confirmed(clinicId)) {
            String key = s.email().toLowerCase(Locale.ROOT);
            Candidate patient = byEmail.get(key);
            if (patient != null && patient.restricted()) {
                continue;
            }
            recipients.merge(key, new Recipient(NewsletterSubscribers.reference(s.id()), s.email(), s.language(), List.of(),
                    List.of(s.id())), Recipient::alsoSubscribed);
        }
        return List.copyOf(recipients.values());
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /**
     * @param requestIds the address's requests at the clinic, whose consent its unsubscribe link withdraws
     * @param subscriberIds the address's newsletter-page subscriptions at the clinic, which the link ends
     */
    public record Recipient(String reference, String email, Language language, List<Long> requestIds,
                            List<Long> subscriberIds) {

        /** A patient's copy also serves the same address's subscription: the patient's reference and language stay. */
        Recipient alsoSubscribed(Recipient subscriber) {
            List<Long> both = new ArrayList<>(subscriberIds);
            both.addAll(subscriber.subscriberIds);
            return new Recipient(reference, email, language, requestIds, List.copyOf(both));
        }
    }

    /** Rows come oldest event first: the later one decides, but a restriction anywhere sticks. */
    private record Candidate(String reference, String email, String language, boolean restricted, boolean consents,
                             List<Long> requestIds) {

        Candidate then(Candidate later) {
            List<Long> both = new ArrayList<>(requestIds);
            both.addAll(later.requestIds);
            return new Candidate(later.reference, later.email, later.language, restricted || later.restricted, later.consents,
                    List.copyOf(both));
        }
    }
}
