-- Booking requests whose processing the data subject has restricted (GDPR art. 18): while a row is
-- here the outbox holds every message of the reference, staff cannot write, and the relay never
-- claims one. Lifting deletes the row; booking's rights request keeps the history. The reference
-- is the booking request's code, no contact data.
CREATE TABLE processing_restriction (
    clinic_id         BIGINT      NOT NULL,
    subject_reference VARCHAR(12) NOT NULL,
    restricted_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (clinic_id, subject_reference),
    -- Each relay run holds what was queued racing a recent restriction: it reads only those.
    INDEX ix_processing_restriction_recent (restricted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
