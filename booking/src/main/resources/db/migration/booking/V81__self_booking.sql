-- Self-booking (issue #18). Per kind of visit the clinic chooses whether patients send a request
-- (today's flow), pick a free time themselves, or may do either.
ALTER TABLE visit_type
    ADD COLUMN booking_mode VARCHAR(8) NOT NULL DEFAULT 'REQUEST',
    ADD CONSTRAINT ck_visit_type_booking_mode CHECK (booking_mode IN ('REQUEST', 'DIRECT', 'BOTH'));

-- Per clinic: how far ahead times are offered, how close to the start a patient may still book,
-- move or cancel, and whether a waiting list is offered.
ALTER TABLE clinic
    ADD COLUMN booking_horizon_days INT NOT NULL DEFAULT 90,
    ADD COLUMN change_deadline_hours INT NOT NULL DEFAULT 24,
    ADD COLUMN waiting_list BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_clinic_booking_horizon CHECK (booking_horizon_days BETWEEN 1 AND 365),
    ADD CONSTRAINT ck_clinic_change_deadline CHECK (change_deadline_hours BETWEEN 0 AND 336);

-- A request the patient made by picking a time: staff see it marked in the queue. The appointment
-- it came with has no staff member behind it.
ALTER TABLE booking_request
    ADD COLUMN booked_by_patient BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE appointment
    MODIFY COLUMN created_by BIGINT NULL;

-- The free-times page reads a clinic's booked time for a week in one query.
CREATE INDEX ix_appointment_clinic_time ON appointment (clinic_id, status, starts_at);
