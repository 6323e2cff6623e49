-- Clinics are the tenants of Timebok: each company of the group is the data controller for its own patients.
CREATE TABLE clinic (
    id     BIGINT       NOT NULL PRIMARY KEY,
    code   VARCHAR(40)  NOT NULL,
    name   VARCHAR(120) NOT NULL,
    active BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT uq_clinic_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Personal fields are nullable because the retention policies erase them while the row stays
-- for statistics. free_text_sealed holds AES-GCM ciphertext (Tink), never plain text.
CREATE TABLE booking_request (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference           VARCHAR(12)   NOT NULL,
    receipt_token       CHAR(22)      NOT NULL,
    clinic_id           BIGINT        NOT NULL,
    first_name          VARCHAR(100)  NULL,
    last_name           VARCHAR(100)  NULL,
    phone_e164          VARCHAR(16)   NULL,
    free_text_sealed    VARBINARY(9000) NULL,
    free_text_erased_at DATETIME(6)   NULL,
    status              VARCHAR(16)   NOT NULL,
    submitted_at        DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_booking_request_reference UNIQUE (reference),
    CONSTRAINT uq_booking_request_receipt_token UNIQUE (receipt_token),
    CONSTRAINT fk_booking_request_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    INDEX ix_booking_request_clinic_submitted (clinic_id, submitted_at),
    INDEX ix_booking_request_free_text_due (submitted_at, free_text_erased_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
