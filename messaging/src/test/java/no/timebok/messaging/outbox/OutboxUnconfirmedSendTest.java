package no.timebok.messaging.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A send whose outcome is unknown: the gateway does not deduplicate, so it waits for a delivery
 * report instead of being retried, and a report settles it wherever it is waiting.
 */
class OutboxUnconfirmedSendTest {

    private static final Instant NOW = Instant.parse("2026-03-30T07:15:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final Duration BACKOFF = Duration.ofSeconds(30);

    private static OutboxMessage claimed(int attempts) throws Exception {
        OutboxMessage message = ClaimedMessages.claimedSms(attempts, NOW);
        // The claim of an SMS also marks when its outcome became unknown.
        ClaimedMessages.set(message, "unconfirmedSince", NOW);
        return message;
    }

    @Test
    void anUnknownOutcomeWaitsTheAmbiguityWindowNotTheBackoff() throws Exception {
        OutboxMessage message = claimed(1);

        message.sendOutcomeUnknown("gateway-no-answer", WINDOW, 8, NOW.plusSeconds(10));

        assertEquals(OutboxState.QUEUED, message.state());
        assertEquals(Optional.of(NOW.plusSeconds(10).plus(WINDOW)), message.nextAttemptAt());
        assertEquals(Optional.of(NOW), message.unconfirmedSince(), "still unconfirmed since its claim");
        assertEquals(Optional.of("gateway-no-answer"), message.failureReason());
    }

    @Test
    void aReportInTheWindowMarksItDeliveredAndNothingIsSentAgain() throws Exception {
        OutboxMessage message = claimed(1);
        message.sendOutcomeUnknown("gateway-no-answer", WINDOW, 8, NOW);

        assertTrue(message.deliveryReported(true, "gateway:undelivered", NOW.plusSeconds(40)));

        assertEquals(OutboxState.DELIVERED, message.state());
        assertEquals(Optional.empty(), message.nextAttemptAt(), "the relay never claims it again");
        assertEquals(Optional.empty(), message.unconfirmedSince());
        assertEquals(Optional.empty(), message.failureReason());
        assertFalse(message.deliveryReported(false, "gateway:2104", NOW.plusSeconds(50)), "a later report changes nothing");
    }

    @Test
    void aReportForAMessageWaitingAfterAnEarlierSendSettlesIt() throws Exception {
        OutboxMessage message = claimed(2);
        // The resend after the window was refused (503): the first send's report may still come.
        message.sendFailed("gateway-http-503", false, 8, BACKOFF, BACKOFF, NOW);
        assertEquals(OutboxState.QUEUED, message.state());

        assertTrue(message.deliveryReported(true, "gateway:undelivered", NOW.plusSeconds(5)));
        assertEquals(OutboxState.DELIVERED, message.state());
    }

    @Test
    void aMessageNeverSentTakesNoReport() throws Exception {
        OutboxMessage queued = claimed(0);
        ClaimedMessages.set(queued, "state", OutboxState.QUEUED);

        assertFalse(queued.deliveryReported(true, "gateway:undelivered", NOW));
        assertEquals(OutboxState.QUEUED, queued.state());
    }

    @Test
    void anUnknownOutcomeAtTheAttemptLimitFailsButALateReportStillSettlesIt() throws Exception {
        OutboxMessage message = claimed(8);
        message.sendOutcomeUnknown("gateway-no-answer", WINDOW, 8, NOW);
        assertEquals(OutboxState.FAILED, message.state());
        assertEquals(Optional.empty(), message.nextAttemptAt());

        assertTrue(message.deliveryReported(true, "gateway:undelivered", NOW.plusSeconds(90)));
        assertEquals(OutboxState.DELIVERED, message.state());
    }

    @Test
    void anAnswerEndsTheUncertainty() throws Exception {
        OutboxMessage accepted = claimed(2);
        accepted.sent("42824113", 1, NOW);
        assertEquals(Optional.empty(), accepted.unconfirmedSince());

        OutboxMessage refused = claimed(2);
        refused.sendFailed("gateway-http-503", false, 8, BACKOFF, BACKOFF, NOW);
        assertEquals(Optional.empty(), refused.unconfirmedSince(), "the gateway said it did not take this send");
    }

    @Test
    void aFailedReportIsFinalEvenForAnUnconfirmedSend() throws Exception {
        OutboxMessage message = claimed(1);
        message.sendOutcomeUnknown("gateway-no-answer", WINDOW, 8, NOW);

        assertTrue(message.deliveryReported(false, "gateway:2104", NOW.plusSeconds(3)));
        assertEquals(OutboxState.FAILED, message.state());
        assertEquals(Optional.of("gateway:2104"), message.failureReason());
        assertFalse(message.deliveryReported(true, "gateway:undelivered", NOW.plusSeconds(9)));
    }
}
