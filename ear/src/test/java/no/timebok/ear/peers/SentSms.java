package no.timebok.ear.peers;

import java.time.Instant;

/** One SMS the fake gateway took: each call it took is one SMS with its own gateway id, like Sveve's. */
public record SentSms(long gatewayId, String to, String text, String from, String reference, Instant at) {
}
