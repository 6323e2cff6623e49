package no.timebok.messaging.inbound;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.messaging.Channel;
import no.timebok.messaging.outbox.OutboxMessage;
import no.timebok.messaging.outbox.OutboxRepository;
import no.timebok.messaging.sms.SmsGateway;

/** Applies what the gateway reports: delivery reports and SMS from patients. */
@Stateless
public class SmsCallbackService {

    private static final Logger LOG = Logger.getLogger(SmsCallbackService.class.getName());

    @Inject
    OutboxRepository outbox;

    @Inject
    InboundRepository inbound;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    /**
     * Moves the message the report names. Replays and reports about messages already settled
     * change nothing.
     *
     * @return whether the reference named one of our messages
     */
    public boolean deliveryReport(String reference, boolean delivered, String errorCode) {
        Optional<OutboxMessage> message = SmsGateway.messageId(reference).flatMap(outbox::find);
        if (message.isEmpty()) {
            // The gateway retries until it gets a 2xx, so an unknown reference is answered all the same.
            LOG.warning("Delivery report for an unknown reference; acknowledged and ignored");
            return false;
        }
        String reason = "gateway:" + (errorCode == null || errorCode.isBlank() ? "undelivered" : errorCode.strip());
        boolean moved = message.get().deliveryReported(delivered, reason.length() > 200 ? reason.substring(0, 200) : reason,
                clock.instant());
        LOG.info(() -> "Delivery report for outbox message " + message.get().id().orElseThrow()
                + (moved ? ": " + message.get().state() : ": no change"));
        return true;
    }

    /**
     * Stores an SMS from a patient in the thread of the booking request last written to from
     * that number, or as unmatched. A push the gateway repeats (same gateway id) is not stored
     * again; a repeat racing this one on another node fails on the database's key instead (see
     * {@link #isRepeat}).
     *
     * @return the stored message; empty when it is a repeat of one already stored
     */
    public Optional<InboundMessage> smsReceived(String senderE164, String text, Optional<String> gatewayId) {
        if (gatewayId.isPresent() && inbound.findByGatewayId(Channel.SMS, gatewayId.get()).isPresent()) {
            LOG.info("Inbound SMS pushed again by the gateway; acknowledged, not stored twice");
            return Optional.empty();
        }
        InboundMessage message = InboundMessage.received(Channel.SMS, senderE164, gatewayId, clock.instant());
        outbox.latestSmsTo(senderE164).ifPresent(last -> message.matchTo(last.clinicId(), last.subjectReference()));
        inbound.add(message);
        message.sealBody(cipher.seal(text, message.bodyContext()));
        LOG.info(() -> "Inbound SMS " + message.id().orElseThrow()
                + (message.subjectReference().isPresent() ? " joined a thread" : " is unmatched"));
        return Optional.of(message);
    }

    /**
     * Whether a failed {@link #smsReceived} was a repeat that lost the race to the database's key
     * (the gateway's id already stored by a concurrent push): a duplicate-key violation, SQL state 23xxx.
     */
    public static boolean isRepeat(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
