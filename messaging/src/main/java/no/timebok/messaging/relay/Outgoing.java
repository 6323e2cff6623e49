package no.timebok.messaging.relay;

import no.timebok.common.messaging.Channel;
import no.timebok.messaging.template.RenderedMessage;

/** A claimed message, rendered and ready to go out. */
public record Outgoing(long id, Channel channel, String recipient, RenderedMessage message) {
}
