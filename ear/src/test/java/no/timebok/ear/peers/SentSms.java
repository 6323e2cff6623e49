package no.timebok.ear.peers;

import java.time.Instant;

/** One SMS the fake gateway accepted (once per reference). */
public record SentSms(long gatewayId, String to, String text, String from, String reference, Instant at) {
}
