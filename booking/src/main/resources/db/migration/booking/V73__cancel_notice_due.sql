-- An appointment the patient cancelled through their link on an edge node (which has no messaging)
-- still owes the patient the cancellation message and its reminder's withdrawal: TRUE until an
-- internal node has queued the one and withdrawn the other, in one transaction.
ALTER TABLE appointment
    ADD COLUMN cancel_notice_due BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_appointment_cancel_notice_due (cancel_notice_due, id);
