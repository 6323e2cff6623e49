package no.timebok.common.messaging;

/**
 * Where a message is in its life, as staff see it. Outbound: {@code QUEUED → SENDING → SENT →
 * DELIVERED}, or {@code FAILED} with a reason; {@code HELD} waits for staff (a cap, no channel);
 * {@code CANCELLED} is a reminder whose appointment was cancelled or moved. Inbound messages are
 * {@code RECEIVED}.
 */
public enum MessageState {
    QUEUED, SENDING, SENT, DELIVERED, FAILED, HELD, CANCELLED, RECEIVED
}
