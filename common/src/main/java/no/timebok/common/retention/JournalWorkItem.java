package no.timebok.common.retention;

import java.io.Serializable;
import java.time.Instant;

/**
 * One message on the journal worklist. No addresses and no content: staff open the message itself
 * to decide.
 *
 * @param why {@code undecided} or {@code transfer-failed}
 */
public record JournalWorkItem(long messageId, String source, String subjectReference, long clinicId, String kind,
                              Instant createdAt, String why) implements Serializable {
}
