-- People who signed up on the newsletter page (#17): the privacy notice lets anyone subscribe,
-- patient or not, so a subscription does not hang on a booking request and is not erased with a
-- request's contact data. A sign-up is PENDING until the link in its confirmation email is used
-- (double opt-in); only the SHA-256 digest of that link's random 128-bit token is stored. An
-- unconfirmed sign-up is deleted after expires_at; an unsubscribed one keeps its row (the consent
-- history points at it) but loses its name and address at once.
CREATE TABLE newsletter_subscriber (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id       BIGINT       NOT NULL,
    name            VARCHAR(200) NULL,
    email           VARCHAR(254) NULL,
    language        CHAR(2)      NOT NULL,
    status          VARCHAR(12)  NOT NULL,
    token_digest    CHAR(43)     NULL,
    created_at      DATETIME(6)  NOT NULL,
    expires_at      DATETIME(6)  NOT NULL,
    confirmed_at    DATETIME(6)  NULL,
    unsubscribed_at DATETIME(6)  NULL,
    CONSTRAINT fk_newsletter_subscriber_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT ck_newsletter_subscriber_status CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED')),
    CONSTRAINT ck_newsletter_subscriber_erased CHECK (status <> 'UNSUBSCRIBED' OR (name IS NULL AND email IS NULL)),
    UNIQUE KEY uq_newsletter_subscriber_token (token_digest),
    INDEX ix_newsletter_subscriber_clinic (clinic_id, status),
    INDEX ix_newsletter_subscriber_expiry (status, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A subscriber's newsletter consent, granted on confirmation and withdrawn through an unsubscribe
-- link. Append-only like consent_event: a withdrawal adds a row, the grant before it stays.
CREATE TABLE newsletter_subscriber_event (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subscriber_id BIGINT      NOT NULL,
    granted       BOOLEAN     NOT NULL,
    channel       VARCHAR(32) NOT NULL,
    text_version  VARCHAR(32) NOT NULL,
    recorded_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_newsletter_subscriber_event_subscriber FOREIGN KEY (subscriber_id) REFERENCES newsletter_subscriber (id),
    INDEX ix_newsletter_subscriber_event (subscriber_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER newsletter_subscriber_event_no_update BEFORE UPDATE ON newsletter_subscriber_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'newsletter_subscriber_event is append-only';
CREATE TRIGGER newsletter_subscriber_event_no_delete BEFORE DELETE ON newsletter_subscriber_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'newsletter_subscriber_event is append-only';

-- The subscribers a copy's unsubscribe link stops, beside the booking requests it withdraws
-- (newsletter_unsubscribe_link_request): an address that is both gets one copy, and one link.
CREATE TABLE newsletter_unsubscribe_link_subscriber (
    token_digest  CHAR(43) NOT NULL,
    subscriber_id BIGINT   NOT NULL,
    PRIMARY KEY (token_digest, subscriber_id),
    CONSTRAINT fk_unsubscribe_link_subscriber_link FOREIGN KEY (token_digest)
        REFERENCES newsletter_unsubscribe_link (token_digest) ON DELETE CASCADE,
    CONSTRAINT fk_unsubscribe_link_subscriber_subscriber FOREIGN KEY (subscriber_id)
        REFERENCES newsletter_subscriber (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
