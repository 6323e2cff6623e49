-- The queue's name search matches the start of the last or the first name. Only the last name had
-- an index, so for a rare prefix each clinic's branch of the queue query had to read every request
-- of the clinic; with both indexed, MariaDB can merge the two index ranges instead.
CREATE INDEX ix_booking_request_first_name ON booking_request (clinic_id, first_name);
