-- Kinds of visit are per clinic: an IVF clinic books other things than a general practice.
CREATE TABLE visit_type (
    id         BIGINT       NOT NULL PRIMARY KEY,
    clinic_id  BIGINT       NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    name_nb    VARCHAR(120) NOT NULL,
    name_en    VARCHAR(120) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_visit_type_clinic_code UNIQUE (clinic_id, code),
    CONSTRAINT fk_visit_type_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Notices a clinic shows above the form for a period, such as summer opening hours.
CREATE TABLE clinic_notice (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id   BIGINT        NOT NULL,
    title_nb    VARCHAR(200)  NOT NULL,
    title_en    VARCHAR(200)  NOT NULL,
    body_nb     VARCHAR(4000) NOT NULL,
    body_en     VARCHAR(4000) NOT NULL,
    shown_from  DATE          NOT NULL,
    shown_until DATE          NOT NULL,
    CONSTRAINT fk_clinic_notice_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT ck_clinic_notice_period CHECK (shown_until >= shown_from),
    INDEX ix_clinic_notice_period (shown_from, shown_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rest of what the public form asks. Personal fields stay nullable: retention erases them.
ALTER TABLE booking_request
    ADD COLUMN email              VARCHAR(254) NULL AFTER phone_e164,
    ADD COLUMN national_id_sealed VARBINARY(200) NULL AFTER email,
    ADD COLUMN visit_type_id      BIGINT NULL AFTER clinic_id,
    ADD COLUMN preferred_from     DATE NULL,
    ADD COLUMN preferred_until    DATE NULL,
    ADD COLUMN preferred_part_of_day VARCHAR(12) NOT NULL DEFAULT 'ANY',
    ADD COLUMN language           CHAR(2) NOT NULL DEFAULT 'nb',
    ADD CONSTRAINT fk_booking_request_visit_type FOREIGN KEY (visit_type_id) REFERENCES visit_type (id);

-- Consents are documentation the policy promises: granting and withdrawing add rows, never change them.
CREATE TABLE consent_event (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_request_id BIGINT      NOT NULL,
    purpose            VARCHAR(32) NOT NULL,
    granted            BOOLEAN     NOT NULL,
    channel            VARCHAR(32) NOT NULL,
    text_version       VARCHAR(32) NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_consent_event_request FOREIGN KEY (booking_request_id) REFERENCES booking_request (id),
    INDEX ix_consent_event_request (booking_request_id, purpose, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
