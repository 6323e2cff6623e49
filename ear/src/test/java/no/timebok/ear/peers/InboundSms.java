package no.timebok.ear.peers;

/**
 * An SMS from a patient as the gateway holds it: its own id, which every push of it carries, so
 * pushing the same one twice is the gateway's retry, not a second message.
 */
public record InboundSms(long gatewayId, String from, String text) {
}
