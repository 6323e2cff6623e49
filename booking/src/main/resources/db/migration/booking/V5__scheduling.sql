-- Bookable resources: a clinician or a room, with weekly opening hours in Oslo local time.
CREATE TABLE resource (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id  BIGINT       NOT NULL,
    name       VARCHAR(120) NOT NULL,
    place      VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_resource_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    INDEX ix_resource_clinic (clinic_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_opening_hours (
    resource_id BIGINT  NOT NULL,
    day_of_week TINYINT NOT NULL,
    opens_at    TIME    NOT NULL,
    closes_at   TIME    NOT NULL,
    PRIMARY KEY (resource_id, day_of_week, opens_at),
    CONSTRAINT fk_opening_hours_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT ck_opening_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_opening_hours_order CHECK (closes_at > opens_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Closed days for a resource, or for the whole clinic when resource_id is NULL (the summer weeks).
CREATE TABLE closure (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    clinic_id   BIGINT       NOT NULL,
    resource_id BIGINT       NULL,
    first_day   DATE         NOT NULL,
    last_day    DATE         NOT NULL,
    reason      VARCHAR(200) NOT NULL,
    CONSTRAINT fk_closure_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    CONSTRAINT fk_closure_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT ck_closure_order CHECK (last_day >= first_day),
    INDEX ix_closure_clinic (clinic_id, last_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Slot length per kind of visit, on a 15-minute grid.
ALTER TABLE visit_type
    ADD COLUMN slot_minutes INT NOT NULL DEFAULT 30,
    ADD CONSTRAINT ck_visit_type_slot CHECK (slot_minutes > 0 AND slot_minutes % 15 = 0);

CREATE TABLE appointment (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    booking_request_id BIGINT       NOT NULL,
    clinic_id          BIGINT       NOT NULL,
    resource_id        BIGINT       NOT NULL,
    starts_at          DATETIME(6)  NOT NULL,
    ends_at            DATETIME(6)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    patient_token      CHAR(22)     NOT NULL,
    patient_confirmed_at DATETIME(6) NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         BIGINT       NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_appointment_patient_token UNIQUE (patient_token),
    CONSTRAINT fk_appointment_request FOREIGN KEY (booking_request_id) REFERENCES booking_request (id),
    CONSTRAINT fk_appointment_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT fk_appointment_clinic FOREIGN KEY (clinic_id) REFERENCES clinic (id),
    INDEX ix_appointment_request (booking_request_id),
    INDEX ix_appointment_resource_time (resource_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The guard against double booking: an active appointment holds one row per 15-minute cell it
-- covers, and the primary key lets only one appointment hold a cell, so overlapping bookings fail in
-- the database even when two servers check "free" at the same moment. Cancelling frees the cells.
CREATE TABLE appointment_cell (
    resource_id    BIGINT      NOT NULL,
    cell_start     DATETIME(6) NOT NULL,
    appointment_id BIGINT      NOT NULL,
    PRIMARY KEY (resource_id, cell_start),
    CONSTRAINT fk_appointment_cell_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    INDEX ix_appointment_cell_appointment (appointment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
