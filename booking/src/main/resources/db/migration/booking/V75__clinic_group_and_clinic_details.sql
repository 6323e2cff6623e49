-- What an administrator sets up on the staff pages instead of in SQL: the clinic group, each
-- clinic's contact details as its patients see them, and ids the database gives to new clinics
-- and kinds of visit. A fresh database holds no clinic; the public form says booking is not open.

-- One row at most: the group whose name, logo and data protection officer every public page shows.
CREATE TABLE clinic_group (
    id                  TINYINT      NOT NULL PRIMARY KEY,
    name                VARCHAR(120) NOT NULL,
    organisation_number CHAR(9)      NULL,
    dpo_name            VARCHAR(120) NULL,
    dpo_email           VARCHAR(254) NULL,
    dpo_phone_e164      VARCHAR(16)  NULL,
    logo                MEDIUMBLOB   NULL,
    logo_type           VARCHAR(20)  NULL,
    CONSTRAINT ck_clinic_group_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Referenced by foreign keys, which MariaDB checks even for a change that keeps the type.
SET FOREIGN_KEY_CHECKS = 0;
ALTER TABLE clinic
    MODIFY id BIGINT NOT NULL AUTO_INCREMENT,
    ADD COLUMN street_address      VARCHAR(120) NULL,
    ADD COLUMN postal_code         CHAR(4)      NULL,
    ADD COLUMN city                VARCHAR(60)  NULL,
    ADD COLUMN phone_e164          VARCHAR(16)  NULL,
    ADD COLUMN email               VARCHAR(254) NULL,
    ADD COLUMN organisation_number CHAR(9)      NULL,
    ADD COLUMN opening_hours_nb    VARCHAR(200) NULL,
    ADD COLUMN opening_hours_en    VARCHAR(200) NULL,
    ADD COLUMN sms_sender          VARCHAR(11)  NULL;
ALTER TABLE visit_type
    MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
SET FOREIGN_KEY_CHECKS = 1;
