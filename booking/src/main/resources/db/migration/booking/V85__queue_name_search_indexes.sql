-- The queue's name search had no plan of its own: with (clinic_id, last_name) and
-- (clinic_id, first_name), MariaDB merged the two name ranges and sorted the matches at 100,000
-- requests, but at 1,000,000 walked each clinic's newest requests and read every row it passed to
-- test the names (p99 from 94 ms to over 900 ms between runs, by the plan it picked). The search now
-- reads each name's index by itself (pinned in QueueRepository), and these indexes answer a branch
-- from the index alone: the prefix's range, the status filter, and submitted_at and id to order it.
ALTER TABLE booking_request
    DROP INDEX ix_booking_request_last_name,
    DROP INDEX ix_booking_request_first_name,
    ADD INDEX ix_booking_request_name_last (clinic_id, last_name, status, submitted_at),
    ADD INDEX ix_booking_request_name_first (clinic_id, first_name, status, submitted_at);
