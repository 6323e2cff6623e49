package no.timebok.messaging.outbox;

import java.util.Optional;

/**
 * What one send attempt came to.
 *
 * @param providerId the gateway's id or the Message-ID, when accepted
 * @param failure a reason code without personal data, when not accepted
 * @param permanent whether retrying cannot help
 */
public record SendResult(Optional<String> providerId, Optional<Integer> parts, Optional<String> failure,
                         boolean permanent) {

    public static SendResult accepted(String providerId, Integer parts) {
        return new SendResult(Optional.of(providerId), Optional.ofNullable(parts), Optional.empty(), false);
    }

    public static SendResult retry(String reason) {
        return new SendResult(Optional.empty(), Optional.empty(), Optional.of(reason), false);
    }

    public static SendResult permanent(String reason) {
        return new SendResult(Optional.empty(), Optional.empty(), Optional.of(reason), true);
    }

    public boolean isAccepted() {
        return providerId.isPresent();
    }
}
