package no.timebok.common.messaging;

import java.util.Optional;

/**
 * The outbox's answer: the message's id, the channel chosen, and why it is held, if it is.
 *
 * @param heldReason empty when the message will be sent; otherwise a code such as "sms-cap"
 */
public record QueuedMessage(long messageId, Optional<Channel> channel, Optional<String> heldReason) {
}
