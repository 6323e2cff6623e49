package no.timebok.messaging.retention;

import java.util.List;
import java.util.Optional;
import no.timebok.common.retention.ChunkRows;
import no.timebok.common.retention.LegalHoldRepository;

/**
 * A table of patient correspondence as the correspondence policy sees it: its name, the column
 * that stamps a message's month, the column threading it to a booking reference (for legal holds),
 * the SQL naming its kind on the worklist and the SQL condition of a message staff must decide on. Purge, transfer, worklist and decisions all walk
 * {@link #ALL}, so the outbox and the patients' replies follow the same rules.
 */
record MessageTable(String name, String createdColumn, String createdIndex, String referenceColumn, String kindSql,
                    String needsDecisionSql) {

    /**
     * A newsletter is the administrator's text, the same for every recipient and without health
     * information: it needs no journal decision, and thousands of copies must not bury the worklist.
     * Nor does a newsletter sign-up's confirmation, which goes to someone who need not be a patient,
     * nor a waiting-list message, which says only that a time of a kind of visit is free.
     */
    static final MessageTable OUTBOX = new MessageTable("outbox_message", "created_at", "ix_outbox_message_created",
            "subject_reference", "m.kind",
            "m.kind NOT IN ('NEWSLETTER', 'NEWSLETTER_CONFIRMATION', 'WAITING_LIST_JOINED', 'WAITING_LIST_OFFER')");
    static final MessageTable INBOUND = new MessageTable("inbound_message", "received_at", "ix_inbound_message_received",
            "subject_reference",
            "CONCAT('INBOUND_', m.channel)", "TRUE");

    static final List<MessageTable> ALL = List.of(OUTBOX, INBOUND);

    static Optional<MessageTable> named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    /** Rows of this table created before the cutoff ({@code ?1}), not held, and not waiting for the journal. */
    String due() {
        return " FROM " + name + " WHERE " + createdColumn + " < ?1 AND " + kept();
    }

    /** The due rows as a purge takes them: in the order of the index on their stamp, pinned. */
    ChunkRows chunkRows() {
        return new ChunkRows(name, name, createdIndex, createdColumn, createdColumn + " < ?1", kept());
    }

    /** Not held, and not waiting for the journal. */
    private String kept() {
        return LegalHoldRepository.notHeld(name + "." + referenceColumn)
                + " AND NOT EXISTS (SELECT 1 FROM message_journal j WHERE j.source = '" + name + "' AND j.message_id = "
                + name + ".id AND j.decision = 'TRANSFER' AND j.transfer_id IS NULL)";
    }
}
