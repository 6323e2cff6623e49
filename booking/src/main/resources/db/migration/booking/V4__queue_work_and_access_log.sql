ALTER TABLE booking_request
    ADD COLUMN assigned_to BIGINT NULL,
    ADD CONSTRAINT fk_booking_request_assigned_to FOREIGN KEY (assigned_to) REFERENCES staff_user (id),
    -- The queue: my clinics, by status, newest first; and the searches by phone and name.
    ADD INDEX ix_booking_request_queue (clinic_id, status, submitted_at),
    ADD INDEX ix_booking_request_phone (clinic_id, phone_e164),
    ADD INDEX ix_booking_request_last_name (clinic_id, last_name);

-- Who changed what on a request, and when: status changes, assignments, notes.
CREATE TABLE booking_request_event (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_request_id BIGINT       NOT NULL,
    occurred_at        DATETIME(6)  NOT NULL,
    -- NULL when the patient did it, through the link in their message.
    staff_user_id      BIGINT       NULL,
    kind               VARCHAR(16)  NOT NULL,
    from_status        VARCHAR(16)  NULL,
    to_status          VARCHAR(16)  NULL,
    assigned_to        BIGINT       NULL,
    CONSTRAINT fk_booking_request_event_request FOREIGN KEY (booking_request_id) REFERENCES booking_request (id),
    CONSTRAINT fk_booking_request_event_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    INDEX ix_booking_request_event_request (booking_request_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Internal notes may hold health information, so they are sealed like the free text.
CREATE TABLE booking_request_note (
    id                 BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_request_id BIGINT         NOT NULL,
    written_at         DATETIME(6)    NOT NULL,
    staff_user_id      BIGINT         NOT NULL,
    text_sealed        VARBINARY(9000) NOT NULL,
    CONSTRAINT fk_booking_request_note_request FOREIGN KEY (booking_request_id) REFERENCES booking_request (id),
    CONSTRAINT fk_booking_request_note_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    INDEX ix_booking_request_note_request (booking_request_id, written_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Normen: one entry per staff read of a patient's data. No health content. Patients may see it.
CREATE TABLE access_log (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    accessed_at        DATETIME(6)  NOT NULL,
    staff_user_id      BIGINT       NOT NULL,
    staff_role         VARCHAR(16)  NOT NULL,
    clinic_id          BIGINT       NOT NULL,
    booking_request_id BIGINT       NULL,
    appointment_id     BIGINT       NULL,
    action             VARCHAR(20)  NOT NULL,
    INDEX ix_access_log_request (booking_request_id, accessed_at),
    INDEX ix_access_log_time (accessed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only by the database itself, whatever the application does: a changed or deleted entry
-- would defeat the log's purpose.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';
