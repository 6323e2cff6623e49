package no.timebok.common.retention;

import java.time.Instant;
import java.util.Optional;

/**
 * A request, and the message thread under its reference, kept from every policy until released.
 *
 * @param reason the unresolved matter, as staff wrote it (opened only for staff of the right roles)
 */
public record LegalHold(long id, String subjectReference, String reason, Instant placedAt, Optional<Instant> releasedAt,
                        Optional<String> releaseReason) {
}
