-- Demo clinics for the local run and the tests, never for production: Flyway reads this directory
-- only where timebok.schema.demo-data names it. Repeatable and idempotent, so a changed demo reaches
-- an existing local database, and rows a person changed on the staff pages are put back.
INSERT INTO clinic_group (id, name, organisation_number, dpo_name, dpo_email, dpo_phone_e164) VALUES
    (1, 'C-Medical (demo)', '974760673', 'Personvernombudet', 'personvern@c-medical.example', '+4722000000')
ON DUPLICATE KEY UPDATE name = VALUES(name), organisation_number = VALUES(organisation_number),
    dpo_name = VALUES(dpo_name), dpo_email = VALUES(dpo_email), dpo_phone_e164 = VALUES(dpo_phone_e164);

INSERT INTO clinic (id, code, name, active, street_address, postal_code, city, phone_e164, email,
                    organisation_number, opening_hours_nb, opening_hours_en, sms_sender, booking_horizon_days,
                    change_deadline_hours, waiting_list) VALUES
    (1, 'oslo-sentrum', 'C-Medical Oslo sentrum', TRUE, 'Demoveien 1', '0150', 'Oslo', '+4722000001',
     'oslo@c-medical.example', '974760673', 'Mandag–fredag 08–16', 'Monday–Friday 8 am–4 pm', 'CMedical', 90, 24, TRUE),
    (2, 'ivf', 'C-Medical IVF-klinikken', TRUE, 'Demoveien 70', '0855', 'Oslo', '+4722000002',
     'ivf@c-medical.example', '974760673', 'Mandag–fredag 08–16', 'Monday–Friday 8 am–4 pm', 'CMedical', 90, 24, FALSE),
    (3, 'bergen', 'C-Medical Bergen', TRUE, 'Demogaten 2', '5014', 'Bergen', '+4755000003',
     'bergen@c-medical.example', '974760673', 'Mandag–fredag 08–16', 'Monday–Friday 8 am–4 pm', 'CMedical', 90, 24, FALSE)
ON DUPLICATE KEY UPDATE name = VALUES(name), active = TRUE, street_address = VALUES(street_address),
    postal_code = VALUES(postal_code), city = VALUES(city), phone_e164 = VALUES(phone_e164), email = VALUES(email),
    organisation_number = VALUES(organisation_number), opening_hours_nb = VALUES(opening_hours_nb),
    opening_hours_en = VALUES(opening_hours_en), sms_sender = VALUES(sms_sender),
    booking_horizon_days = VALUES(booking_horizon_days), change_deadline_hours = VALUES(change_deadline_hours),
    waiting_list = VALUES(waiting_list);

INSERT INTO visit_type (id, clinic_id, code, name_nb, name_en, sort_order, booking_mode) VALUES
    (11, 1, 'consultation', 'Legekonsultasjon', 'Doctor''s consultation', 1, 'REQUEST'),
    (12, 1, 'follow-up', 'Kontrolltime', 'Follow-up appointment', 2, 'BOTH'),
    (13, 1, 'specialist', 'Time hos spesialist', 'Specialist appointment', 3, 'REQUEST'),
    (21, 2, 'fertility-assessment', 'Fertilitetsutredning', 'Fertility assessment', 1, 'REQUEST'),
    (22, 2, 'semen-analysis', 'Sædanalyse', 'Semen analysis', 2, 'REQUEST'),
    (23, 2, 'insemination', 'Inseminasjon', 'Insemination', 3, 'REQUEST'),
    (31, 3, 'consultation', 'Legekonsultasjon', 'Doctor''s consultation', 1, 'REQUEST'),
    (32, 3, 'imaging', 'Røntgen, MR eller CT', 'X-ray, MRI or CT', 2, 'REQUEST')
ON DUPLICATE KEY UPDATE name_nb = VALUES(name_nb), name_en = VALUES(name_en), sort_order = VALUES(sort_order),
    booking_mode = VALUES(booking_mode);

INSERT IGNORE INTO resource (id, clinic_id, name, place) VALUES
    (101, 1, 'Legekontor 1', 'C-Medical Oslo sentrum, Demoveien 1, 2. etasje'),
    (201, 2, 'Fertilitetslege', 'C-Medical IVF, Demoveien 70'),
    (301, 3, 'Legekontor 1', 'C-Medical Bergen, Demogaten 2');
INSERT IGNORE INTO resource_opening_hours (resource_id, day_of_week, opens_at, closes_at)
SELECT r.id, d.day, '08:00:00', '16:00:00'
FROM resource r CROSS JOIN (SELECT 1 AS day UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5) d
WHERE r.id IN (101, 201, 301);
