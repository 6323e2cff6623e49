-- Reception staff, administrators and privacy officers. Passwords are PBKDF2 hashes from the
-- container's Pbkdf2PasswordHash; the TOTP secret is sealed with the application key, so a copy of
-- the database alone can't produce second-factor codes.
CREATE TABLE staff_user (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username             VARCHAR(60)   NOT NULL,
    display_name         VARCHAR(120)  NOT NULL,
    password_hash        VARCHAR(400)  NOT NULL,
    must_change_password BOOLEAN       NOT NULL,
    totp_secret_sealed   VARBINARY(200) NULL,
    totp_enrolled        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The last 30-second step a code was accepted for: a code is never accepted twice.
    totp_last_step       BIGINT        NOT NULL DEFAULT 0,
    failed_logins        INT           NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)   NULL,
    active               BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_staff_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_user_role (
    staff_user_id BIGINT      NOT NULL,
    role          VARCHAR(16) NOT NULL,
    PRIMARY KEY (staff_user_id, role),
    CONSTRAINT fk_staff_user_role_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_user_clinic (
    staff_user_id BIGINT NOT NULL,
    clinic_id     BIGINT NOT NULL,
    PRIMARY KEY (staff_user_id, clinic_id),
    CONSTRAINT fk_staff_user_clinic_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_staff_user_clinic_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed logins and denied accesses. The attempted name is kept only when it is a real account's
-- (as its id): a mistyped password in the name field must not end up in a log.
CREATE TABLE security_event (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(6)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    staff_user_id BIGINT       NULL,
    client_address VARCHAR(45) NULL,
    path          VARCHAR(200) NULL,
    INDEX ix_security_event_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
