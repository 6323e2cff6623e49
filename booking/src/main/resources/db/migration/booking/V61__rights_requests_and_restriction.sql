-- A data subject's request under the GDPR (access, rectification, erasure, restriction, objection,
-- portability, consent withdrawal), registered by the privacy officer of one clinic. The identifier
-- the person was matched by is personal data: sealed to the row's token, like a booking's national ID.
CREATE TABLE rights_request (
    id                   BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token                CHAR(22)        NOT NULL,
    clinic_id            BIGINT          NOT NULL,
    kind                 VARCHAR(24)     NOT NULL,
    matched_by           VARCHAR(16)     NOT NULL,
    match_key_sealed     VARBINARY(700)  NOT NULL,
    identity_check       VARCHAR(24)     NOT NULL,
    identity_note_sealed VARBINARY(1200) NULL,
    received_on          DATE            NOT NULL,
    due_on               DATE            NOT NULL,
    status               VARCHAR(16)     NOT NULL,
    matched_requests     INT             NOT NULL,
    registered_at        DATETIME(6)     NOT NULL,
    registered_by        BIGINT          NOT NULL,
    closed_at            DATETIME(6)     NULL,
    closed_by            BIGINT          NULL,
    version              BIGINT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_rights_request_token UNIQUE (token),
    CONSTRAINT fk_rights_request_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT fk_rights_request_registered_by FOREIGN KEY (registered_by) REFERENCES staff_user (id),
    CONSTRAINT fk_rights_request_closed_by FOREIGN KEY (closed_by) REFERENCES staff_user (id),
    CONSTRAINT ck_rights_request_due CHECK (due_on > received_on),
    -- The officer's list: open requests of my clinics, the nearest deadline first.
    INDEX ix_rights_request_open (clinic_id, status, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was done to answer a rights request, by whom and when: the documentation that the answer was
-- given in time. detail is a count or a code, never personal data. Append-only, like the access log.
CREATE TABLE rights_request_event (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rights_request_id BIGINT       NOT NULL,
    occurred_at       DATETIME(6)  NOT NULL,
    staff_user_id     BIGINT       NOT NULL,
    action            VARCHAR(32)  NOT NULL,
    detail            VARCHAR(400) NULL,
    CONSTRAINT fk_rights_request_event_request FOREIGN KEY (rights_request_id) REFERENCES rights_request (id),
    CONSTRAINT fk_rights_request_event_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    INDEX ix_rights_request_event_request (rights_request_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER rights_request_event_no_update BEFORE UPDATE ON rights_request_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rights_request_event is append-only';
CREATE TRIGGER rights_request_event_no_delete BEFORE DELETE ON rights_request_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'rights_request_event is append-only';

-- Restriction (GDPR art. 18): while set, the request is only stored. Who set and lifted it is in
-- rights_request_event.
ALTER TABLE booking_request
    ADD COLUMN processing_restricted_at DATETIME(6) NULL,
    ADD COLUMN restricted_by_rights_request BIGINT NULL,
    ADD CONSTRAINT fk_booking_request_restricted_by FOREIGN KEY (restricted_by_rights_request) REFERENCES rights_request (id);

-- Lookups of a person by contact data within a clinic (phone has its index since V4).
CREATE INDEX ix_booking_request_email ON booking_request (clinic_id, email);
