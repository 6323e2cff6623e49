-- The intake seals a request's national ID and free text with the intake's public key (HPKE), so the
-- code that takes the internet's requests can store them but never read them back. Opening such a
-- value costs about half a millisecond of CPU, too much for matching a rights request against every
-- national ID at a clinic, so staff's side rewraps each new request's values under the symmetric
-- keyset shortly after intake. TRUE while the row still holds values sealed with the public key.
ALTER TABLE booking_request
    ADD COLUMN intake_sealed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_booking_request_intake_sealed (intake_sealed, id);
