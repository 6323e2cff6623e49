-- What an edge node (booking-edge.war on Payara Micro) may do in the Timebok database, as a role.
-- Run as a database administrator with the Timebok database selected (mariadb timebok < this file),
-- after the internal nodes have migrated the schema, and again after an upgrade that changes it.
-- Then give the role to the edge's own account (README, "The internet-facing edge"):
--   CREATE USER 'timebok_edge'@'<edge subnet>' IDENTIFIED BY '<secret>';
--   GRANT timebok_edge_role TO 'timebok_edge'@'<edge subnet>';
--   SET DEFAULT ROLE timebok_edge_role FOR 'timebok_edge'@'<edge subnet>';
-- Everything not granted here is refused by MariaDB: no name, phone number, email address, sealed
-- national ID or free text of any request, no staff account, session or message, no access log.
-- (GRANT adds to what the role had; after an upgrade that takes a right away, REVOKE it as well.)
CREATE ROLE IF NOT EXISTS timebok_edge_role;

-- What the public pages list: clinics, their kinds of visit and their notices. No personal data.
GRANT SELECT ON clinic TO timebok_edge_role;
GRANT SELECT ON visit_type TO timebok_edge_role;
GRANT SELECT ON clinic_notice TO timebok_edge_role;

-- A new request, written whole (its national ID and free text sealed with the intake's public key),
-- and its consents. INSERT gives no right to read any of it back.
GRANT INSERT ON booking_request TO timebok_edge_role;
GRANT INSERT ON consent_event TO timebok_edge_role;

-- What a receipt shows and what the intake checks before it stores: a reference is free, a showing
-- of the form stored its request already. None of these columns is personal data.
GRANT SELECT (id, reference, receipt_token, form_key, clinic_id, status, language, version) ON booking_request TO timebok_edge_role;
-- Whether a request is restricted or erased (two dates, naming nobody): a newsletter copy of such a
-- request is not measured (below).
GRANT SELECT (processing_restricted_at, contact_erased_at) ON booking_request TO timebok_edge_role;

-- The page behind an appointment message's link: see, confirm or cancel it. Appointments hold no
-- personal data (times, a resource, tokens); a cancellation frees the time's cells and cancels the
-- request, with the event staff see in its history. The message it owes is queued by an internal node.
GRANT SELECT ON appointment TO timebok_edge_role;
GRANT UPDATE (status, patient_confirmed_at, cancel_notice_due, version) ON appointment TO timebok_edge_role;
GRANT SELECT (appointment_id), DELETE ON appointment_cell TO timebok_edge_role;
GRANT UPDATE (status, version) ON booking_request TO timebok_edge_role;
GRANT INSERT ON booking_request_event TO timebok_edge_role;

-- Picking, booking and moving a free time (/times, /times/book, /move/<token>). Free times come
-- from resources, their hours and closures, booked appointments and times held for a waiting
-- patient (an offer's times only, not whom it is for). A booking inserts the request (above), its
-- appointment and cells; a move frees and claims cells and changes the appointment's time. The
-- message either owes is queued by an internal node (patient_notice_due). What a move may change
-- within reads the request's kind of visit, nothing that names the patient. The limit on picked
-- times is counted by a function that reads contact details with its definer's rights and answers
-- only a count (V84). A freed time is written down for the waiting list if anyone waits at the clinic.
GRANT SELECT ON resource TO timebok_edge_role;
GRANT SELECT ON resource_opening_hours TO timebok_edge_role;
GRANT SELECT ON closure TO timebok_edge_role;
GRANT INSERT ON appointment TO timebok_edge_role;
GRANT UPDATE (resource_id, starts_at, ends_at, patient_notice_due) ON appointment TO timebok_edge_role;
GRANT INSERT ON appointment_cell TO timebok_edge_role;
GRANT SELECT (visit_type_id) ON booking_request TO timebok_edge_role;
GRANT SELECT (resource_id, starts_at, ends_at, status, expires_at) ON waiting_list_offer TO timebok_edge_role;
GRANT EXECUTE ON FUNCTION upcoming_picked_times TO timebok_edge_role;
GRANT SELECT (clinic_id, status) ON waiting_list_entry TO timebok_edge_role;
GRANT INSERT ON freed_time TO timebok_edge_role;

-- The newsletter's unsubscribe link: the link's row (a token's digest, a clinic, the requests it
-- covers; no address), marked used once, and whether each of those requests' newsletter consent
-- stands, so a withdrawal is recorded once (the INSERT on consent_event above).
GRANT SELECT, UPDATE (used_at) ON newsletter_unsubscribe_link TO timebok_edge_role;
GRANT SELECT ON newsletter_unsubscribe_link_request TO timebok_edge_role;
GRANT SELECT (id, booking_request_id, purpose, granted) ON consent_event TO timebok_edge_role;
-- The same link ends the newsletter-page subscriptions it covers: their ids and states, a withdrawal
-- appended to their consent history, and the erasure of their name and address (the UPDATE can only
-- overwrite them; nothing here reads a name or an address). The sign-up and confirmation pages are
-- not on the edge: they store and read addresses.
GRANT SELECT ON newsletter_unsubscribe_link_subscriber TO timebok_edge_role;
GRANT SELECT (id, status), UPDATE (name, email, token_digest, status, unsubscribed_at) ON newsletter_subscriber TO timebok_edge_role;
GRANT INSERT ON newsletter_subscriber_event TO timebok_edge_role;
-- A copy's open marker and redirects (#17): the newsletter's key, to check a redirect's signature,
-- and its counts; the copy's row (a token's digest, its newsletter and unsubscribe link, its first
-- open) and which addresses it followed; the counts per address. No address, name or reference:
-- whether a copy may be measured is read from the rows above (link used, subscriptions, consents,
-- the request dates). The edge reads the key, so it could sign a redirect too: to the addresses an
-- administrator could write anyway, under the clinic's own domain, which is no more than it serves.
GRANT SELECT (id, link_key, opens), UPDATE (opens) ON newsletter TO timebok_edge_role;
GRANT SELECT, UPDATE (opened_at, measuring_ended_at) ON newsletter_copy TO timebok_edge_role;
GRANT SELECT, INSERT, DELETE ON newsletter_copy_click TO timebok_edge_role;
GRANT SELECT (newsletter_id, link_digest, copies, clicks), UPDATE (copies, clicks) ON newsletter_link TO timebok_edge_role;

-- Partners' API keys, to check a key on the JSON intake: only digests of the secrets are stored.
GRANT SELECT ON api_client TO timebok_edge_role;
GRANT SELECT ON api_client_clinic TO timebok_edge_role;

-- The group's name, logo and data protection officer, which every public page shows.
GRANT SELECT ON clinic_group TO timebok_edge_role;
