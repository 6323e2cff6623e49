package no.timebok.common.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * An inbound message that no booking request could be found for.
 *
 * @param sender the sender's number in E.164, or address; empty once erased
 * @param text what they wrote; empty once erased
 */
public record UnmatchedReply(long messageId, Channel channel, Optional<String> sender, Optional<String> text,
                             Instant receivedAt) {
}
