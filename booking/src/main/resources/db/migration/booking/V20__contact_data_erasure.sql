-- Policy 2 erases name, phone, email and national ID five months after submission and stamps the
-- erasure, so the request stays for statistics and a purge never touches a row twice.
ALTER TABLE booking_request
    ADD COLUMN contact_erased_at DATETIME(6) NULL AFTER free_text_erased_at;

-- Purges look for rows not yet erased and submitted before a cutoff. With the "erased" column first,
-- erased rows leave the index range, so each chunk scans only rows still to do.
CREATE INDEX ix_booking_request_free_text_pending ON booking_request (free_text_erased_at, submitted_at);
CREATE INDEX ix_booking_request_contact_pending ON booking_request (contact_erased_at, submitted_at);
