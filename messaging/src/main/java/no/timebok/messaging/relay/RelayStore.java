package no.timebok.messaging.relay;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.persistence.UtcColumns;
import no.timebok.messaging.outbox.OutboxMessage;
import no.timebok.messaging.outbox.OutboxState;
import no.timebok.messaging.outbox.SendResult;
import no.timebok.messaging.restriction.RestrictionRepository;
import no.timebok.messaging.template.MessageRenderer;
import no.timebok.messaging.template.NewsletterRenderer;
import no.timebok.messaging.template.RenderedMessage;
import no.timebok.messaging.template.TemplateRepository;

/**
 * The relay's short transactions: claim, read, record. Each commits on its own, so no database
 * lock is held while a gateway or SMTP server is slow.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RelayStore {

    @PersistenceContext(unitName = "messaging")
    EntityManager em;

    @Inject
    TemplateRepository templates;

    @Inject
    FieldCipher cipher;

    @Inject
    TimebokConfig config;

    /**
     * Claims up to {@code limit} due messages for this run: SENDING, one more attempt, and a
     * lease until {@code now + lease}. Messages whose earlier lease ran out (their server died
     * mid-send) come first. Rows another run has locked are skipped, not waited for.
     * <p>
     * An SMS is unconfirmed from its claim until the gateway answers or reports (see
     * {@link OutboxMessage#sendOutcomeUnknown}); claiming one that still is counts an ambiguous
     * resend. Its lease is at least the ambiguity window, so one whose server died mid-send waits
     * for a delivery report as long as one whose answer timed out.
     */
    public List<Long> claim(Instant now, int limit, Duration lease, Duration smsAmbiguityWindow) {
        LocalDateTime at = UtcColumns.column(now);
        List<Long> ids = new ArrayList<>(due(OutboxState.SENDING, at, limit));
        if (ids.size() < limit) {
            ids.addAll(due(OutboxState.QUEUED, at, limit - ids.size()));
        }
        if (!ids.isEmpty()) {
            Duration smsLease = lease.compareTo(smsAmbiguityWindow) >= 0 ? lease : smsAmbiguityWindow;
            // MariaDB assigns left to right: ambiguous_resends reads unconfirmed_since before it is reset.
            em.createNativeQuery("UPDATE outbox_message SET state = 'SENDING', attempts = attempts + 1,"
                            + " ambiguous_resends = ambiguous_resends + (unconfirmed_since IS NOT NULL),"
                            + " unconfirmed_since = IF(channel = 'SMS', ?1, NULL),"
                            + " next_attempt_at = IF(channel = 'SMS', ?2, ?3), version = version + 1 WHERE id IN ("
                            + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                    .setParameter(1, at)
                    .setParameter(2, UtcColumns.column(now.plus(smsLease)))
                    .setParameter(3, UtcColumns.column(now.plus(lease)))
                    .executeUpdate();
        }
        return ids;
    }

    /**
     * Holds the messages of restricted references that are still QUEUED: queued in a transaction
     * that committed just after the restriction held the rest. The claim never takes them; this
     * gives them the reason staff must see. Only restrictions made since {@code since} can have
     * such a message, so each run reads the few recent ones, not all.
     * <p>
     * The messages are found by reference, never through the queue: left to itself the optimiser
     * walked every QUEUED message for each restriction and locked them all, so a restriction being
     * written (whose messages it had locked) and this hold waited on each other until the database
     * rolled the restriction back.
     */
    public int holdRestricted(Instant since) {
        return em.createNativeQuery("UPDATE processing_restriction r JOIN outbox_message m"
                        + " FORCE INDEX (ix_outbox_message_thread) ON m.clinic_id = r.clinic_id"
                        + " AND m.subject_reference = r.subject_reference SET m.state = 'HELD', m.held_reason = ?1,"
                        + " m.channel = NULL, m.next_attempt_at = NULL, m.version = m.version + 1"
                        + " WHERE r.restricted_at >= ?2 AND m.state = 'QUEUED'")
                .setParameter(1, OutboxMessage.HELD_RESTRICTED)
                .setParameter(2, UtcColumns.column(since))
                .executeUpdate();
    }

    private List<Long> due(OutboxState state, LocalDateTime at, int limit) {
        // One state per query, so the (state, next_attempt_at) index both filters and orders.
        @SuppressWarnings("unchecked")
        // A restricted reference's message is never claimed, even one whose transaction committed
        // after restrict() held the queue: nothing may be sent until the restriction is lifted.
        List<Number> rows = em.createNativeQuery("SELECT id FROM outbox_message m WHERE state = ?"
                        + " AND next_attempt_at <= ? AND " + RestrictionRepository.notRestricted("m")
                        + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, state.name())
                .setParameter(2, at)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /**
     * The claimed message rendered for its channel; empty when it is no longer this run's (a
     * report or a cancellation came first). A message that cannot be rendered fails at once.
     */
    public Optional<Outgoing> prepare(long id, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.state() != OutboxState.SENDING) {
            return Optional.empty();
        }
        Optional<String> recipient = message.recipient();
        Optional<String> written = message.bodySealed().map(sealed -> cipher.open(sealed, message.bodyContext()));
        Optional<RenderedMessage> rendered = message.kind() == MessageKind.NEWSLETTER
                ? newsletter(message, written)
                : templates.find(message.kind(), message.language()).map(template ->
                        MessageRenderer.render(template.text(), message.fields().orElse(java.util.Map.of()), written));
        if (recipient.isEmpty() || rendered.isEmpty() || message.channel().isEmpty()) {
            message.sendFailed(recipient.isEmpty() ? "recipient-erased" : "template-missing", true, 1,
                    Duration.ZERO, Duration.ZERO, now);
            return Optional.empty();
        }
        return Optional.of(new Outgoing(id, message.clinicId(), message.channel().get(), recipient.get(), rendered.get(),
                message.unsubscribeUrl()));
    }

    /** Everything a newsletter's email needs is in its row, so a crash between claim and send loses nothing. */
    private static Optional<RenderedMessage> newsletter(OutboxMessage message, Optional<String> text) {
        if (message.subject().isEmpty() || text.isEmpty() || message.unsubscribeUrl().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(NewsletterRenderer.render(message.subject().get(), text.get(), message.unsubscribeUrl().get(),
                message.language(), message.openMarkerUrl(), message.newsletterLinks()));
    }

    /**
     * Records the outcome of one send: SENT, back to QUEUED with its backoff, waiting for a
     * delivery report when the outcome is unknown, or FAILED.
     */
    public void record(long id, SendResult result, Instant now) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            return;
        }
        if (result.isAccepted()) {
            message.sent(result.providerId().orElseThrow(), result.parts().orElse(null), now);
        } else if (result.outcomeUnknown()) {
            message.sendOutcomeUnknown(result.failure().orElseThrow(),
                    config.positiveDuration(ConfigKey.SMS_AMBIGUITY_WINDOW), config.positiveInt(ConfigKey.RETRY_LIMIT), now);
        } else {
            message.sendFailed(result.failure().orElseThrow(), result.permanent(),
                    config.positiveInt(ConfigKey.RETRY_LIMIT), config.positiveDuration(ConfigKey.RETRY_BACKOFF),
                    config.positiveDuration(ConfigKey.RETRY_BACKOFF_MAX), now);
        }
    }
}
