package no.timebok.booking.rights.erasure;

import java.time.Instant;
import java.util.List;

/**
 * The answer to an erasure request, for the officer and the person: what was erased and what was
 * kept, each with the reason a law or a hold gives. Names no personal data beyond the references.
 *
 * @param erased per category (a table, or part of one), how many rows
 * @param kept per category, how many rows, why, and which references when it concerns particular ones
 * @param receiptId the retention receipt that records the erasure
 */
public record ErasureAnswer(long rightsRequestId, Instant erasedAt, List<Erased> erased, List<Kept> kept, long receiptId) {

    public record Erased(String category, long rows) {
    }

    /** @param references empty when the reason covers the whole category */
    public record Kept(String category, long rows, String reason, List<String> references) {
    }
}
