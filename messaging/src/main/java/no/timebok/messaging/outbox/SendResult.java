package no.timebok.messaging.outbox;

import java.util.Optional;

/**
 * What one send attempt came to.
 *
 * @param providerId the gateway's id or the Message-ID, when accepted
 * @param failure a reason code without personal data, when not accepted
 * @param permanent whether retrying cannot help
 * @param outcomeUnknown whether the request may have reached the gateway without an answer coming
 *        back (a timeout after it was written): a retry may be a second message
 */
public record SendResult(Optional<String> providerId, Optional<Integer> parts, Optional<String> failure,
                         boolean permanent, boolean outcomeUnknown) {

    public static SendResult accepted(String providerId, Integer parts) {
        return new SendResult(Optional.of(providerId), Optional.ofNullable(parts), Optional.empty(), false, false);
    }

    /** Not taken (the gateway said so, or the request never reached it): safe to send again. */
    public static SendResult retry(String reason) {
        return new SendResult(Optional.empty(), Optional.empty(), Optional.of(reason), false, false);
    }

    public static SendResult permanent(String reason) {
        return new SendResult(Optional.empty(), Optional.empty(), Optional.of(reason), true, false);
    }

    /** Perhaps taken: only a delivery report can tell. */
    public static SendResult unknown(String reason) {
        return new SendResult(Optional.empty(), Optional.empty(), Optional.of(reason), false, true);
    }

    public boolean isAccepted() {
        return providerId.isPresent();
    }
}
