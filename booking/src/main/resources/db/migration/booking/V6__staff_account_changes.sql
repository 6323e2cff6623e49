-- Sessions started before this moment end at their next request: set when an administrator
-- deactivates an account, changes its roles or clinics, or resets its credentials, so a change
-- of access takes effect at once and not when the old session happens to expire.
ALTER TABLE staff_user
    ADD COLUMN sessions_valid_from DATETIME(6) NULL;
