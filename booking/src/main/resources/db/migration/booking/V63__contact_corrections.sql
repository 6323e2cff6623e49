-- Rectification (GDPR art. 16): each correction of a booking request's contact data, with the
-- values before and after, sealed to this row's token (they are the contact data itself). Kept
-- until the request's contact data is erased, by the contact-data purge or an erasure request.
CREATE TABLE contact_correction (
    id                 BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token              CHAR(22)        NOT NULL,
    booking_request_id BIGINT          NOT NULL,
    rights_request_id  BIGINT          NOT NULL,
    staff_user_id      BIGINT          NOT NULL,
    corrected_at       DATETIME(6)     NOT NULL,
    before_sealed      VARBINARY(2000) NOT NULL,
    after_sealed       VARBINARY(2000) NOT NULL,
    CONSTRAINT uq_contact_correction_token UNIQUE (token),
    CONSTRAINT fk_contact_correction_request FOREIGN KEY (booking_request_id) REFERENCES booking_request (id),
    CONSTRAINT fk_contact_correction_rights FOREIGN KEY (rights_request_id) REFERENCES rights_request (id),
    CONSTRAINT fk_contact_correction_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    INDEX ix_contact_correction_request (booking_request_id, corrected_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
