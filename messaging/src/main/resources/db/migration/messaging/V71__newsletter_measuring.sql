-- A measured newsletter copy carries an open marker (a 1x1 image) and a signed redirect for each
-- address in its text. The relay rebuilds the email from the row after a crash, so the row keeps
-- both. Each names the copy through a random token, as the unsubscribe address does: nullable, so
-- erasing the recipient's address forgets them too.
ALTER TABLE outbox_message
    ADD COLUMN open_marker_url VARCHAR(1000) NULL,
    ADD COLUMN links_json      MEDIUMTEXT    NULL;
