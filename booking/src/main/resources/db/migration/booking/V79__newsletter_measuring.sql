-- Measuring a newsletter's opens and clicks, which the privacy notice asks consent for (#17).
--
-- link_key: a random key per newsletter that signs the redirects of its copies (HMAC-SHA256). It
-- lives with the newsletter, not in the nodes' configuration, so any node that reads the booking
-- database (edge nodes too) can check a redirect, and no new secret is to be handed out. A
-- newsletter written before this has none until it is sent.
-- opens: copies opened at least once; a count that names nobody, so it stays when a copy's own
-- marks are cleared.
ALTER TABLE newsletter
    ADD COLUMN link_key BINARY(32) NULL,
    ADD COLUMN opens    INT        NOT NULL DEFAULT 0;

-- One row per copy sent: the SHA-256 digest of the random 128-bit token in its open marker and
-- redirects (the token itself is only in the message), and its unsubscribe link, through which it
-- reaches the consents and subscriptions that decide whether it may be measured. No address, no
-- name, no reference. opened_at is the copy's first open; measuring_ended_at is set when its
-- recipient withdraws, after which nothing is recorded for it again.
CREATE TABLE newsletter_copy (
    token_digest       CHAR(43)    NOT NULL PRIMARY KEY,
    newsletter_id      BIGINT      NOT NULL,
    unsubscribe_digest CHAR(43)    NOT NULL,
    opened_at          DATETIME(6) NULL,
    measuring_ended_at DATETIME(6) NULL,
    CONSTRAINT fk_newsletter_copy_newsletter FOREIGN KEY (newsletter_id) REFERENCES newsletter (id) ON DELETE CASCADE,
    CONSTRAINT fk_newsletter_copy_unsubscribe FOREIGN KEY (unsubscribe_digest)
        REFERENCES newsletter_unsubscribe_link (token_digest) ON DELETE CASCADE,
    INDEX ix_newsletter_copy_unsubscribe (unsubscribe_digest)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The addresses in a newsletter's text (one row each, created when it is sent) and how often they
-- were followed: by how many copies, and in all. Counts only, naming nobody.
CREATE TABLE newsletter_link (
    newsletter_id BIGINT        NOT NULL,
    link_digest   CHAR(43)      NOT NULL,
    url           VARCHAR(2000) NOT NULL,
    copies        INT           NOT NULL DEFAULT 0,
    clicks        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (newsletter_id, link_digest),
    CONSTRAINT fk_newsletter_link_newsletter FOREIGN KEY (newsletter_id) REFERENCES newsletter (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which copy followed which address, so a copy counts once per address. Per-copy marks like
-- opened_at: cleared when the recipient withdraws.
CREATE TABLE newsletter_copy_click (
    copy_digest CHAR(43) NOT NULL,
    link_digest CHAR(43) NOT NULL,
    PRIMARY KEY (copy_digest, link_digest),
    CONSTRAINT fk_newsletter_copy_click_copy FOREIGN KEY (copy_digest)
        REFERENCES newsletter_copy (token_digest) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
