-- One showing of the public form stores at most one request (a double click on "Send" is one
-- request): the form's key, a digest of its sealed "shown at" token, is unique. The database decides,
-- so it holds across nodes, and for two posts at the same moment. API requests have none (NULL).
ALTER TABLE booking_request
    ADD COLUMN form_key CHAR(43) NULL,
    ADD CONSTRAINT uq_booking_request_form_key UNIQUE (form_key);
