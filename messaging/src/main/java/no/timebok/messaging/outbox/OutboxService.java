package no.timebok.messaging.outbox;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.messaging.NewsletterMessage;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.QueuedMessage;
import no.timebok.messaging.restriction.RestrictionRepository;

/**
 * Booking's way into the outbox, found under {@link PatientMessages#JNDI_NAME}. The default
 * transaction attribute (REQUIRED) makes the message part of the caller's transaction: a booking
 * that rolls back takes its message with it. A restricted reference's messages are written held,
 * so staff see them and nothing is sent.
 */
@Stateless(name = PatientMessages.BEAN)
public class OutboxService implements PatientMessages {

    private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());

    @Inject
    OutboxRepository outbox;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Inject
    RestrictionRepository restrictions;

    @Inject
    SmsCapGate capGate;

    @Inject
    FieldCipher cipher;

    @Override
    public QueuedMessage queue(OutboundMessage message) {
        Instant now = clock.instant();
        SmsCapGate.Today today = capGate.countToday(message, now);

        OutboxMessage queued = OutboxMessage.queue(message, today.toNumber(), today.forClinic(),
                config.smsCapPerNumberPerDay(), config.smsCapPerClinicPerDay(), now);
        if (restrictions.isRestricted(message.clinicId(), message.subjectReference())) {
            queued.holdRestricted();
        }
        outbox.add(queued);
        return logged(queued);
    }

    @Override
    public QueuedMessage queueNewsletter(NewsletterMessage message) {
        OutboxMessage queued = OutboxMessage.newsletter(message,
                restrictions.isRestricted(message.clinicId(), message.subjectReference()), clock.instant());
        outbox.add(queued);
        queued.sealBody(cipher.seal(message.text(), queued.bodyContext()));
        return logged(queued);
    }

    private static QueuedMessage logged(OutboxMessage queued) {
        long id = queued.id().orElseThrow();
        // Recipient and fields are personal data: only what identifies the message is logged.
        LOG.info(() -> "Outbox message " + id + " (" + queued.kind() + ") "
                + queued.channel().map(channel -> "queued for " + channel)
                        .orElseGet(() -> "held: " + queued.heldReason().orElseThrow()));
        return new QueuedMessage(id, queued.channel(), queued.heldReason());
    }
}
