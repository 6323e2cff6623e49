-- Every message to a patient is first written here, in the same transaction as the booking change
-- that caused it; a relay sends it afterwards. clinic_id has no foreign key because the clinic
-- table belongs to booking, and a module owns only its own tables.
-- recipient (E.164 or email) and fields_json are personal data: nullable, so retention can erase
-- them while the row stays for statistics.
CREATE TABLE outbox_message (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(32)   NOT NULL,
    clinic_id         BIGINT        NOT NULL,
    subject_reference VARCHAR(12)   NOT NULL,
    channel           VARCHAR(8)    NULL,
    recipient         VARCHAR(254)  NULL,
    language          CHAR(2)       NOT NULL,
    fields_json       TEXT          NULL,
    state             VARCHAR(12)   NOT NULL,
    held_reason       VARCHAR(40)   NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)   NULL,
    created_at        DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    -- The relay claims due messages: WHERE state = 'QUEUED' AND next_attempt_at <= now.
    INDEX ix_outbox_message_due (state, next_attempt_at),
    -- The SMS caps count today's messages per number and per clinic.
    INDEX ix_outbox_message_recipient_cap (recipient, channel, created_at),
    INDEX ix_outbox_message_clinic_cap (clinic_id, channel, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
