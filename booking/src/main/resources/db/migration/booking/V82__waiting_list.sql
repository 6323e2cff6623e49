-- The waiting list (issue #18): a patient who finds no suitable time waits for one of a kind of
-- visit at a clinic, optionally between two dates. Contact data: deleted by the contact-data run
-- like a request's.
CREATE TABLE waiting_list_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id     BIGINT       NOT NULL,
    visit_type_id BIGINT       NOT NULL,
    reference     VARCHAR(12)  NOT NULL,
    token         CHAR(22)     NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    phone_e164    VARCHAR(16)  NULL,
    email         VARCHAR(254) NULL,
    language      CHAR(2)      NOT NULL,
    earliest      DATE         NULL,
    latest        DATE         NULL,
    joined_at     DATETIME(6)  NOT NULL,
    status        VARCHAR(8)   NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_waiting_list_entry_token UNIQUE (token),
    CONSTRAINT uq_waiting_list_entry_reference UNIQUE (reference),
    CONSTRAINT fk_waiting_list_entry_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT fk_waiting_list_entry_visit_type FOREIGN KEY (visit_type_id) REFERENCES visit_type (id),
    CONSTRAINT ck_waiting_list_entry_status CHECK (status IN ('WAITING', 'OFFERED', 'BOOKED', 'LEFT')),
    INDEX ix_waiting_list_entry_line (clinic_id, status, joined_at),
    INDEX ix_waiting_list_entry_joined (joined_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A freed time offered to one waiting patient, until it is accepted or expires.
CREATE TABLE waiting_list_offer (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    entry_id    BIGINT      NOT NULL,
    resource_id BIGINT      NOT NULL,
    starts_at   DATETIME(6) NOT NULL,
    ends_at     DATETIME(6) NOT NULL,
    token       CHAR(22)    NOT NULL,
    offered_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    status      VARCHAR(8)  NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_waiting_list_offer_token UNIQUE (token),
    CONSTRAINT fk_waiting_list_offer_entry FOREIGN KEY (entry_id) REFERENCES waiting_list_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_waiting_list_offer_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT ck_waiting_list_offer_status CHECK (status IN ('OPEN', 'ACCEPTED', 'EXPIRED', 'LOST')),
    INDEX ix_waiting_list_offer_open (status, expires_at),
    INDEX ix_waiting_list_offer_time (resource_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The guard that a time is offered to one patient at a time: an open offer holds its time's row,
-- so a second node offering the same time at the same moment fails on the primary key.
CREATE TABLE waiting_list_offered_time (
    resource_id BIGINT      NOT NULL,
    starts_at   DATETIME(6) NOT NULL,
    offer_id    BIGINT      NOT NULL,
    PRIMARY KEY (resource_id, starts_at),
    CONSTRAINT fk_waiting_list_offered_time_offer FOREIGN KEY (offer_id) REFERENCES waiting_list_offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Times freed by a cancellation or a move, written in the transaction that frees them, so a crash
-- cannot lose one; the matcher claims them (SKIP LOCKED), offers them and deletes them. No personal data.
CREATE TABLE freed_time (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id   BIGINT      NOT NULL,
    resource_id BIGINT      NOT NULL,
    starts_at   DATETIME(6) NOT NULL,
    ends_at     DATETIME(6) NOT NULL,
    freed_at    DATETIME(6) NOT NULL,
    offer_due   BOOLEAN     NOT NULL DEFAULT TRUE,
    INDEX ix_freed_time_due (offer_due, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
