-- Where the re-seal after a key rotation stands, per sealed column: which primary key it works
-- towards, the last row id done (so a crash resumes there), and what it did. Operations retire the
-- old key once every row here is done for the current primary.
CREATE TABLE booking_key_reseal (
    column_key     VARCHAR(80) NOT NULL PRIMARY KEY,
    primary_key_id BIGINT      NOT NULL,
    last_id        BIGINT      NOT NULL,
    resealed       BIGINT      NOT NULL,
    unreadable     BIGINT      NOT NULL,
    done           BOOLEAN     NOT NULL,
    updated_at     DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
