-- A request taken by an edge node (Payara Micro, no messaging and no SMS or SMTP credentials) cannot
-- queue its own confirmation. It is stored with confirmation_due = TRUE, and an internal node claims
-- the row, queues the confirmation and clears the flag in one transaction, so it goes out once.
ALTER TABLE booking_request
    ADD COLUMN confirmation_due BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_booking_request_confirmation_due (confirmation_due, id);
