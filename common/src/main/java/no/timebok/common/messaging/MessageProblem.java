package no.timebok.common.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * A message that did not reach the patient and needs staff: FAILED after its retries, or HELD.
 *
 * @param subjectReference the booking request it belongs to, to open its thread
 */
public record MessageProblem(long messageId, String subjectReference, MessageKind kind, Optional<Channel> channel,
                             MessageState state, String reason, Instant at) {
}
