-- The retention engine's own tables, shared by booking and messaging and migrated by whichever
-- starts first (history table flyway_history_retention). None holds personal data in clear text.

-- Proof of deletion: one row per run. rows_json counts rows per table; it never lists them.
CREATE TABLE retention_receipt (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    policy         VARCHAR(32)  NOT NULL,
    policy_version INT          NOT NULL,
    trigger_kind   VARCHAR(16)  NOT NULL,
    cutoff         DATETIME(6)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    ended_at       DATETIME(6)  NULL,
    node           VARCHAR(200) NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    rows_json      TEXT         NOT NULL,
    detail         VARCHAR(200) NULL,
    -- The catch-up rule asks for each policy's last success.
    INDEX ix_retention_receipt_policy_outcome (policy, outcome, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per policy; a node runs the policy while it holds an unexpired lease on its row.
CREATE TABLE retention_lock (
    policy      VARCHAR(32)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(250) NULL,
    lease_until DATETIME(6)  NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO retention_lock (policy) VALUES ('FREE_TEXT'), ('CONTACT_DATA'), ('CORRESPONDENCE');

-- A reference (a booking request and its message thread) under legal hold is skipped by every
-- policy. Reasons are staff's free text: sealed with the application key. active_reference is the
-- reference while the hold is active, so the unique index allows one active hold per reference and
-- any number of released ones, and purges test it with one index lookup.
CREATE TABLE legal_hold (
    id                    BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_reference     VARCHAR(12)    NOT NULL,
    reason_sealed         VARBINARY(2200) NOT NULL,
    placed_at             DATETIME(6)    NOT NULL,
    released_at           DATETIME(6)    NULL,
    release_reason_sealed VARBINARY(2200) NULL,
    active_reference      VARCHAR(12) AS (IF(released_at IS NULL, subject_reference, NULL)) PERSISTENT,
    CONSTRAINT uq_legal_hold_active_reference UNIQUE (active_reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
