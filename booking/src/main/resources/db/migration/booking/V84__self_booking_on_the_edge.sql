-- Self-booking on the internet-facing edge (README, "The internet-facing edge").
--
-- The message a patient's own booking or move owes them (APPOINTMENT_BOOKED or
-- APPOINTMENT_RESCHEDULED): queued in the same transaction inside the EAR; an edge node has no
-- messaging, so there the appointment keeps it here until an internal node's pickup queues it, once.
ALTER TABLE appointment
    ADD COLUMN patient_notice_due VARCHAR(32) NULL,
    ADD INDEX ix_appointment_patient_notice_due (patient_notice_due, id);

-- How many upcoming times this phone number or address has picked at a clinic, whichever is more:
-- the limit on picked times, read through the (clinic_id, phone_e164) and (clinic_id, email)
-- indexes. It runs with its definer's rights, so an edge node's account, which may execute it but
-- not read a single phone number or address, can check the limit. It answers only a count for the
-- contact details it is given: no more than the booking page tells whoever posts them.
CREATE FUNCTION upcoming_picked_times(p_clinic BIGINT, p_phone VARCHAR(16), p_email VARCHAR(254), p_now DATETIME(6))
    RETURNS INT
    READS SQL DATA
    SQL SECURITY DEFINER
    RETURN GREATEST(
        (SELECT COUNT(*) FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id
          WHERE b.clinic_id = p_clinic AND b.phone_e164 = p_phone
            AND b.booked_by_patient = TRUE AND a.status = 'BOOKED' AND a.starts_at > p_now),
        (SELECT COUNT(*) FROM appointment a JOIN booking_request b ON b.id = a.booking_request_id
          WHERE b.clinic_id = p_clinic AND b.email = p_email
            AND b.booked_by_patient = TRUE AND a.status = 'BOOKED' AND a.starts_at > p_now));
