-- Integrating partners (a clinic's own web site, a booking portal) send booking requests through
-- the JSON API with a client key instead of the form's bot checks. Only the SHA-256 digest of the
-- key's secret is stored, so a copy of the database cannot call the API. A key is for the clinics
-- it names (each clinic decides who may send it requests), with its own rate limit, and is revoked,
-- never deleted, so the security events that name it keep their meaning.
CREATE TABLE api_client (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    key_id              CHAR(16)     NOT NULL,
    secret_digest       BINARY(32)   NOT NULL,
    name                VARCHAR(120) NOT NULL,
    requests_per_minute INT          NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    created_by          BIGINT       NOT NULL,
    revoked_at          DATETIME(6)  NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_api_client_key_id UNIQUE (key_id),
    CONSTRAINT fk_api_client_created_by FOREIGN KEY (created_by) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_client_clinic (
    api_client_id BIGINT NOT NULL,
    clinic_id     BIGINT NOT NULL,
    PRIMARY KEY (api_client_id, clinic_id),
    CONSTRAINT fk_api_client_clinic_client FOREIGN KEY (api_client_id) REFERENCES api_client (id),
    CONSTRAINT fk_api_client_clinic_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
