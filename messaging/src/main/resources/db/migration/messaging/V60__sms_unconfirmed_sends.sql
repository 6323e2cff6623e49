-- The SMS gateway does not deduplicate by our reference, so a send whose outcome is unknown (no
-- answer after the request was written, or its server died mid-send) is not simply retried: it
-- waits for a delivery report first. unconfirmed_since: set when the relay claims an SMS, cleared
-- when the gateway answers or reports; while it is set, a copy may be at the gateway.
-- ambiguous_resends: sends made while an earlier one was unconfirmed, each one a possible second
-- SMS. No personal data.
ALTER TABLE outbox_message
    ADD COLUMN unconfirmed_since DATETIME(6) NULL,
    ADD COLUMN ambiguous_resends INT         NOT NULL DEFAULT 0;
