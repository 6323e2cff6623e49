package no.timebok.messaging.relay;

import java.net.URI;
import java.util.Optional;
import no.timebok.common.messaging.Channel;
import no.timebok.messaging.template.RenderedMessage;

/**
 * A claimed message, rendered and ready to go out.
 *
 * @param clinicId the clinic the message is from, whose SMS sender name it goes out under
 * @param unsubscribe a newsletter's one-click unsubscribe address, for its mail headers
 */
public record Outgoing(long id, long clinicId, Channel channel, String recipient, RenderedMessage message, Optional<URI> unsubscribe) {
}
