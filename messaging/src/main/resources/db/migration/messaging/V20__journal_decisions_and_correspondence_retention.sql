-- Policy 2 forgets the addresses of a reference's messages; policy 3 deletes by month of creation.
CREATE INDEX ix_outbox_message_subject ON outbox_message (subject_reference);
CREATE INDEX ix_outbox_message_created ON outbox_message (created_at);

-- Staff's journal decision per message, and the journal transfer's outcome. Keyed by source table
-- and id, so inbound messages join without a change here. No personal data: the row outlives the
-- message as proof of what went to the journal (transfer_id) and when.
CREATE TABLE message_journal (
    source          VARCHAR(32)  NOT NULL,
    message_id      BIGINT       NOT NULL,
    decision        VARCHAR(24)  NOT NULL,
    decided_at      DATETIME(6)  NOT NULL,
    transfer_id     VARCHAR(200) NULL,
    transferred_at  DATETIME(6)  NULL,
    failed_at       DATETIME(6)  NULL,
    failure_kind    VARCHAR(200) NULL,
    PRIMARY KEY (source, message_id),
    INDEX ix_message_journal_pending (decision, transfer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
