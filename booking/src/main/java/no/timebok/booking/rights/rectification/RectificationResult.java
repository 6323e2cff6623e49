package no.timebok.booking.rights.rectification;

import java.time.Instant;

/** What a correction stored: the request and the correction's audit row, not the values. */
public record RectificationResult(String reference, long correctionId, Instant correctedAt) {
}
