-- Finding a person by national ID opens the clinic's sealed values in id order, a batch at a time
-- (`clinic_id = ? AND id > ? ORDER BY id`). Without this index each batch walked the primary key
-- through every clinic's rows, so one rights request read the whole table (see the rights benchmark).
CREATE INDEX ix_booking_request_clinic_id ON booking_request (clinic_id, id);
