package no.timebok.messaging.retention;

import java.util.List;
import no.timebok.common.retention.LegalHoldRepository;

/**
 * A table of patient correspondence as the correspondence policy sees it: its name, the column
 * that stamps a message's month and the column threading it to a booking reference (for legal
 * holds). Adding a kind of message, such as inbound SMS, is one more entry in {@link #ALL}.
 */
record MessageTable(String name, String createdColumn, String referenceColumn) {

    static final List<MessageTable> ALL = List.of(
            new MessageTable("outbox_message", "created_at", "subject_reference"));

    /** Rows of this table created before the cutoff ({@code ?1}), not held, and not waiting for the journal. */
    String due() {
        return " FROM " + name + " WHERE " + createdColumn + " < ?1 AND "
                + LegalHoldRepository.notHeld(name + "." + referenceColumn)
                + " AND NOT EXISTS (SELECT 1 FROM message_journal j WHERE j.source = '" + name + "' AND j.message_id = "
                + name + ".id AND j.decision = 'TRANSFER' AND j.transfer_id IS NULL)";
    }
}
