-- The relay's state machine, reminders, staff-written messages, inbound messages and editable
-- templates.
-- Personal data (nullable, so retention can erase it while the row stays): outbox_message.recipient,
-- fields_json, body_sealed (staff text, encrypted), provider_id; inbound_message.sender,
-- body_sealed (encrypted), provider_id.
ALTER TABLE outbox_message
    -- Booking's appointment id for a reminder; at most one pending reminder per appointment.
    ADD COLUMN appointment_key VARCHAR(64)    NULL,
    -- Text staff wrote (STAFF_MESSAGE only), sealed by FieldCipher under 'outbox_message.body:<id>'.
    ADD COLUMN body_sealed     VARBINARY(8192) NULL,
    ADD COLUMN failure_reason  VARCHAR(200)   NULL,
    -- The gateway's own id of the SMS, or the email's Message-ID.
    ADD COLUMN provider_id     VARCHAR(120)   NULL,
    ADD COLUMN sms_parts       INT            NULL,
    ADD COLUMN sent_at         DATETIME(6)    NULL,
    ADD COLUMN delivered_at    DATETIME(6)    NULL,
    -- Reminders are looked up by appointment.
    ADD INDEX ix_outbox_message_appointment (appointment_key, state),
    -- A booking request's thread, and a clinic's list of problems.
    ADD INDEX ix_outbox_message_thread (clinic_id, subject_reference, created_at),
    ADD INDEX ix_outbox_message_problems (clinic_id, state, created_at);

-- Messages from patients. clinic_id and subject_reference are NULL while no booking request was
-- found for the sender ("unmatched").
CREATE TABLE inbound_message (
    id                BIGINT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id         BIGINT          NULL,
    subject_reference VARCHAR(12)     NULL,
    channel           VARCHAR(8)      NOT NULL,
    sender            VARCHAR(254)    NULL,
    body_sealed       VARBINARY(8192) NULL,
    provider_id       VARCHAR(120)    NULL,
    received_at       DATETIME(6)     NOT NULL,
    INDEX ix_inbound_message_thread (clinic_id, subject_reference, received_at),
    INDEX ix_inbound_message_unmatched (subject_reference, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One template per kind and language. Placeholders {name} {reference} {clinic} {time} {place}
-- {link} only; the application refuses anything else on save.
CREATE TABLE message_template (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(32)   NOT NULL,
    language   CHAR(2)       NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       VARCHAR(1071) NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    UNIQUE KEY uq_message_template (kind, language)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO message_template (kind, language, subject, body) VALUES
('REQUEST_RECEIVED', 'nb', 'Vi har mottatt bestillingen din ({reference})',
 'Takk! {clinic} har mottatt bestillingen din med referanse {reference}. Vi kontakter deg for å avtale time.'),
('REQUEST_RECEIVED', 'en', 'We have received your request ({reference})',
 'Thank you! {clinic} has received your booking request, reference {reference}. We will contact you to arrange a time.'),
('APPOINTMENT_BOOKED', 'nb', 'Timen din hos {clinic}',
 'Du har fått time hos {clinic} {time}, {place}. Se eller endre timen: {link}'),
('APPOINTMENT_BOOKED', 'en', 'Your appointment at {clinic}',
 'Your appointment at {clinic} is {time}, {place}. See or change it: {link}'),
('APPOINTMENT_RESCHEDULED', 'nb', 'Timen din hos {clinic} er flyttet',
 'Timen din hos {clinic} er flyttet til {time}, {place}. Se timen: {link}'),
('APPOINTMENT_RESCHEDULED', 'en', 'Your appointment at {clinic} has moved',
 'Your appointment at {clinic} has moved to {time}, {place}. See it: {link}'),
('APPOINTMENT_CANCELLED', 'nb', 'Timen din hos {clinic} er avlyst',
 'Timen din hos {clinic} {time} er avlyst. Bestill ny time: {link}'),
('APPOINTMENT_CANCELLED', 'en', 'Your appointment at {clinic} is cancelled',
 'Your appointment at {clinic} on {time} is cancelled. Book a new one: {link}'),
('APPOINTMENT_REMINDER', 'nb', 'Påminnelse om time hos {clinic}',
 'Påminnelse: du har time hos {clinic} {time}, {place}. {link}'),
('APPOINTMENT_REMINDER', 'en', 'Reminder of your appointment at {clinic}',
 'Reminder: your appointment at {clinic} is {time}, {place}. {link}'),
('STAFF_MESSAGE', 'nb', 'Melding fra {clinic} ({reference})', ''),
('STAFF_MESSAGE', 'en', 'Message from {clinic} ({reference})', '');
