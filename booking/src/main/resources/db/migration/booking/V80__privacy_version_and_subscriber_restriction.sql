-- The privacy notice's version date the patient was shown on the form (or the current one, for the
-- API and for a form field that named no version we had published). NULL for requests taken before
-- this column existed: which text they saw was not recorded, and guessing would be a false record.
ALTER TABLE booking_request ADD COLUMN privacy_version DATE NULL;

-- A newsletter-page subscriber's restriction of processing (GDPR art. 18), set and lifted through
-- a rights request: a restricted subscriber keeps the row but gets no newsletter until it is lifted.
ALTER TABLE newsletter_subscriber ADD COLUMN processing_restricted_at DATETIME(6) NULL;
