package no.timebok.messaging.outbox;

import no.timebok.common.messaging.MessageState;

/**
 * Where a message is in its life: {@code QUEUED → SENDING → SENT → DELIVERED}, or {@code FAILED}
 * with the reason. A failed send goes back to QUEUED with a later attempt time until the retry
 * limit; an SMS whose send had an unknown outcome waits in QUEUED for the ambiguity window, where a
 * delivery report can still settle it. HELD waits for staff; CANCELLED is a reminder that is no
 * longer wanted.
 */
public enum OutboxState {

    /** Waiting for the relay to send it on its channel, at its next attempt time. */
    QUEUED,

    /** Claimed by a relay run until its lease (the next attempt time) runs out. */
    SENDING,

    /** Accepted by the gateway or the SMTP server. */
    SENT,

    /** The gateway reported it delivered to the phone. */
    DELIVERED,

    /** Given up on; the failure reason says why. */
    FAILED,

    /** Not sendable as it stands (see the held reason); waits for staff. */
    HELD,

    /** A reminder whose appointment was cancelled or moved before it went out. */
    CANCELLED;

    public MessageState asMessageState() {
        return MessageState.valueOf(name());
    }
}
