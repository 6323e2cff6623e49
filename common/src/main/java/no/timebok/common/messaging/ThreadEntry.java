package no.timebok.common.messaging;

import java.time.Instant;
import java.util.Optional;

/**
 * One message in the thread of a booking request, in or out.
 *
 * @param kind empty for inbound messages
 * @param text what the patient saw or wrote; empty once retention has erased it
 * @param reason why it failed or is held, as a code such as {@code sms-cap-number} or
 *               {@code gateway:2104}; empty otherwise
 * @param at when it was queued (out) or received (in)
 */
public record ThreadEntry(long messageId, Direction direction, Channel channel, Optional<MessageKind> kind,
                          Optional<String> text, MessageState state, Optional<String> reason, Instant at) {
}
