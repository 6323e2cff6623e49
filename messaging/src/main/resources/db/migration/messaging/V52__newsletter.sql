-- Newsletters go through the outbox like every other message. The relay rebuilds the email from
-- the row after a crash, so the row keeps what it needs: the subject (the administrator's, no
-- personal data), the unsubscribe address (carries a sealed token that identifies the recipient's
-- consent: nullable, so erasure can forget it) and the text, sealed in body_sealed like a staff
-- message's. A newsletter is longer than an SMS-sized staff text, hence the wider column.
ALTER TABLE outbox_message
    ADD COLUMN subject         VARCHAR(200)  NULL,
    ADD COLUMN unsubscribe_url VARCHAR(1000) NULL,
    MODIFY COLUMN body_sealed  MEDIUMBLOB    NULL;
