-- Consents recorded by the privacy officer, and objections (GDPR art. 21). An objection stops a
-- purpose like a withdrawal (granted = FALSE) but is documented as what it was. The public form's
-- grants have neither a staff user nor a rights request.
ALTER TABLE consent_event
    ADD COLUMN objection         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN staff_user_id     BIGINT  NULL,
    ADD COLUMN rights_request_id BIGINT  NULL,
    ADD CONSTRAINT fk_consent_event_staff_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    ADD CONSTRAINT fk_consent_event_rights_request FOREIGN KEY (rights_request_id) REFERENCES rights_request (id),
    ADD CONSTRAINT ck_consent_event_objection CHECK (NOT (objection AND granted));

-- The history is the documentation the privacy policy promises: withdrawal adds a row, nothing
-- changes or removes one.
CREATE TRIGGER consent_event_no_update BEFORE UPDATE ON consent_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_event is append-only';
CREATE TRIGGER consent_event_no_delete BEFORE DELETE ON consent_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'consent_event is append-only';

-- A clinic's newsletter in both languages. The text is the administrator's and holds no personal
-- data. sent_at is set once, under a row lock, in the transaction that queues every copy, so a
-- second send finds it set and sends nothing.
CREATE TABLE newsletter (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id   BIGINT       NOT NULL,
    subject_nb  VARCHAR(200) NOT NULL,
    subject_en  VARCHAR(200) NOT NULL,
    text_nb     MEDIUMTEXT   NOT NULL,
    text_en     MEDIUMTEXT   NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  BIGINT       NOT NULL,
    sent_at     DATETIME(6)  NULL,
    sent_by     BIGINT       NULL,
    recipients  INT          NULL,
    CONSTRAINT fk_newsletter_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT fk_newsletter_created_by FOREIGN KEY (created_by) REFERENCES staff_user (id),
    CONSTRAINT fk_newsletter_sent_by FOREIGN KEY (sent_by) REFERENCES staff_user (id),
    INDEX ix_newsletter_clinic (clinic_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
