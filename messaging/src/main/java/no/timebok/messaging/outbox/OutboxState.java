package no.timebok.messaging.outbox;

/** Where a message is in its life. The relay will add SENDING, SENT, DELIVERED and FAILED. */
public enum OutboxState {

    /** Waiting for the relay to send it on its channel. */
    QUEUED,

    /** Not sendable as it stands (see the held reason); waits for staff. */
    HELD
}
