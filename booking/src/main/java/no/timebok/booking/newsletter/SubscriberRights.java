package no.timebok.booking.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.timebok.booking.rights.consent.NewsletterStopped;
import no.timebok.common.persistence.UtcColumns;

/**
 * What a privacy officer's answer to a rights request does to the person's newsletter-page
 * subscriptions: read them for an export, end them for an erasure or an objection, restrict and
 * lift. The rights tools match the subscriptions; every statement here is still bounded by the
 * rights request's clinic, so an id from elsewhere changes nothing. The callers hold the
 * transaction and document the step on the rights request.
 */
@ApplicationScoped
public class SubscriberRights {

    private static final String COLUMNS = "id, name, email, language, status, created_at, confirmed_at, unsubscribed_at,"
            + " processing_restricted_at";

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    NewsletterSubscribers subscribers;

    @Inject
    CopyMarks marks;

    /**
     * The subscriptions with their consent history, oldest first.
     *
     * @param grantsOnly for portability: the consents the person gave
     */
    public List<SubscriptionRecord> records(long clinicId, List<Long> ids, boolean grantsOnly) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = NewsletterSubscribers.joined(ids);
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT subscriber_id, granted, channel, text_version, recorded_at"
                        + " FROM newsletter_subscriber_event WHERE subscriber_id IN (" + in + ")"
                        + (grantsOnly ? " AND granted = TRUE" : "") + " ORDER BY recorded_at, id")
                .getResultList();
        Map<Long, List<SubscriptionRecord.Consent>> history = events.stream().collect(Collectors.groupingBy(
                row -> ((Number) row[0]).longValue(), Collectors.mapping(row -> new SubscriptionRecord.Consent(truth(row[1]),
                        (String) row[2], (String) row[3], UtcColumns.instant(row[4])), Collectors.toList())));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM newsletter_subscriber"
                        + " WHERE clinic_id = ? AND id IN (" + in + ") ORDER BY id")
                .setParameter(1, clinicId).getResultList();
        return rows.stream().map(r -> {
            long id = ((Number) r[0]).longValue();
            return new SubscriptionRecord(id, NewsletterSubscribers.reference(id), (String) r[1], (String) r[2],
                    (String) r[3], (String) r[4], UtcColumns.instant(r[5]), UtcColumns.instant(r[6]),
                    UtcColumns.instant(r[7]), UtcColumns.instant(r[8]), history.getOrDefault(id, List.of()));
        }).toList();
    }

    /**
     * Erasure: ends the subscriptions as unsubscribing does, recording the withdrawal of each that
     * was confirmed (a pending one never had the consent).
     *
     * @return how many subscriptions lost their name and address now
     */
    public int erase(long clinicId, List<Long> ids, Instant now) {
        marks.forgetSubscribers(ids, now);
        return end(clinicId, ids, SubscriberConsents.RIGHTS_REQUEST, now);
    }

    /** How many consent events of these subscriptions the clinic keeps as proof of consent. */
    public long consentEvents(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_subscriber_event WHERE subscriber_id IN ("
                + NewsletterSubscribers.joined(ids) + ")").getSingleResult()).longValue();
    }

    /** Stops newsletters to the subscriptions until lifted. @return how many were not restricted before */
    public int restrict(long clinicId, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE newsletter_subscriber SET processing_restricted_at = ? WHERE clinic_id = ?"
                        + " AND id IN (" + NewsletterSubscribers.joined(ids) + ") AND processing_restricted_at IS NULL")
                .setParameter(1, UtcColumns.column(now)).setParameter(2, clinicId).executeUpdate();
    }

    /** @return how many were restricted before */
    public int lift(long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE newsletter_subscriber SET processing_restricted_at = NULL WHERE clinic_id = ?"
                        + " AND id IN (" + NewsletterSubscribers.joined(ids) + ") AND processing_restricted_at IS NOT NULL")
                .setParameter(1, clinicId).executeUpdate();
    }

    public boolean anyRestricted(long clinicId, List<Long> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_subscriber WHERE clinic_id = ? AND id IN ("
                        + NewsletterSubscribers.joined(ids) + ") AND processing_restricted_at IS NOT NULL")
                .setParameter(1, clinicId).getSingleResult()).longValue() > 0;
    }

    /**
     * A withdrawal or objection recorded on a rights request ends the person's subscriptions, as the
     * unsubscribe link does: a subscription has no purpose but the newsletter, so nothing is kept for later.
     */
    void stop(@Observes NewsletterStopped stopped) {
        end(stopped.clinicId(), stopped.subscriberIds(), stopped.channel(), stopped.at());
    }

    private int end(long clinicId, List<Long> ids, String channel, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> open = em.createNativeQuery("SELECT id, status FROM newsletter_subscriber WHERE clinic_id = ?"
                        + " AND id IN (" + NewsletterSubscribers.joined(ids) + ") AND status <> 'UNSUBSCRIBED' ORDER BY id FOR UPDATE")
                .setParameter(1, clinicId).getResultList();
        List<Long> ending = open.stream().map(row -> ((Number) row[0]).longValue()).toList();
        open.stream().filter(row -> "CONFIRMED".equals(row[1]))
                .forEach(row -> SubscriberConsents.record(em, ((Number) row[0]).longValue(), false, channel, now));
        subscribers.end(ending, now);
        return ending.size();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
