package no.timebok.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import org.junit.jupiter.api.Test;

/** The state machine after queueing: what the relay, the gateway's reports and reminders do. */
class OutboxLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-03-30T07:15:00Z");
    private static final Duration BACKOFF = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofMinutes(5);

    private static OutboxMessage claimed(int attempts) throws Exception {
        return ClaimedMessages.claimedSms(attempts, NOW);
    }

    @Test
    void anAcceptedSendIsSentWithTheGatewaysId() throws Exception {
        OutboxMessage message = claimed(1);
        message.sent("42824112", 1, NOW);
        assertEquals(OutboxState.SENT, message.state());
        assertEquals(Optional.of("42824112"), message.providerId());
        assertEquals(Optional.empty(), message.nextAttemptAt());
    }

    @Test
    void aFailedSendIsRetriedWithDoublingBackoffUpToTheMaximum() throws Exception {
        assertEquals(Duration.ofSeconds(30), OutboxMessage.backoff(1, BACKOFF, MAX));
        assertEquals(Duration.ofSeconds(60), OutboxMessage.backoff(2, BACKOFF, MAX));
        assertEquals(Duration.ofSeconds(240), OutboxMessage.backoff(4, BACKOFF, MAX));
        assertEquals(MAX, OutboxMessage.backoff(5, BACKOFF, MAX));
        assertEquals(MAX, OutboxMessage.backoff(400, BACKOFF, MAX), "no overflow after many attempts");

        OutboxMessage message = claimed(3);
        message.sendFailed("gateway-http-503", false, 8, BACKOFF, MAX, NOW);
        assertEquals(OutboxState.QUEUED, message.state());
        assertEquals(Optional.of(NOW.plusSeconds(120)), message.nextAttemptAt());
        assertEquals(Optional.of("gateway-http-503"), message.failureReason());
    }

    @Test
    void theLastAllowedAttemptOrAPermanentFailureEndsInFailed() throws Exception {
        OutboxMessage last = claimed(8);
        last.sendFailed("gateway-unreachable", false, 8, BACKOFF, MAX, NOW);
        assertEquals(OutboxState.FAILED, last.state());
        assertEquals(Optional.empty(), last.nextAttemptAt());

        OutboxMessage refused = claimed(1);
        refused.sendFailed("gateway-rejected", true, 8, BACKOFF, MAX, NOW);
        assertEquals(OutboxState.FAILED, refused.state());
        assertEquals(Optional.of("gateway-rejected"), refused.failureReason());
    }

    @Test
    void aDeliveryReportMovesSentToDeliveredOnceAndAReplayChangesNothing() throws Exception {
        OutboxMessage message = claimed(1);
        message.sent("1", 1, NOW);

        assertTrue(message.deliveryReported(true, "gateway:x", NOW));
        assertEquals(OutboxState.DELIVERED, message.state());
        assertFalse(message.deliveryReported(true, "gateway:x", NOW.plusSeconds(60)));
        assertFalse(message.deliveryReported(false, "gateway:2104", NOW.plusSeconds(60)));
        assertEquals(OutboxState.DELIVERED, message.state());
        assertEquals(Optional.empty(), message.failureReason());
    }

    @Test
    void aReportThatOvertakesTheSendsAnswerWinsOverIt() throws Exception {
        OutboxMessage message = claimed(1);
        assertTrue(message.deliveryReported(false, "gateway:2104", NOW));
        message.sent("1", 1, NOW);
        assertEquals(OutboxState.FAILED, message.state());
        assertEquals(Optional.of("gateway:2104"), message.failureReason());
    }

    @Test
    void onlyAnUnsentMessageCanBeCancelled() throws Exception {
        OutboxMessage queued = OutboxMessage.reminder(new OutboundMessage(MessageKind.APPOINTMENT_REMINDER, 2L,
                "TB-7K4Q-2M", Optional.of("+4791234567"), Optional.empty(), Language.NB, Map.of()), "appt-1",
                NOW.plus(Duration.ofDays(2)), 0, 0, 3, 500, NOW);
        assertEquals(Optional.of(NOW.plus(Duration.ofDays(2))), queued.nextAttemptAt());
        assertEquals(Optional.of("appt-1"), queued.appointmentKey());
        assertTrue(queued.cancel());
        assertEquals(OutboxState.CANCELLED, queued.state());

        OutboxMessage sending = claimed(1);
        assertFalse(sending.cancel());
        assertEquals(OutboxState.SENDING, sending.state());
    }
}
