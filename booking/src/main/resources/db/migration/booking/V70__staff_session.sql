-- A staff login outlives the node that took it: the browser holds a random token in a cookie and
-- any node re-establishes the session from this row when its own session store does not know the
-- caller (the node that served the last request died, or the load balancer moved the caller).
-- Only the token's SHA-256 digest is stored, so a copy of the database cannot log anyone in. A row
-- lives as long as the login may (the absolute session lifetime) and goes at logout.
CREATE TABLE staff_session (
    token_digest  CHAR(64)    NOT NULL PRIMARY KEY,
    staff_user_id BIGINT      NOT NULL,
    logged_in_at  DATETIME(6) NOT NULL,
    INDEX ix_staff_session_logged_in_at (logged_in_at),
    CONSTRAINT fk_staff_session_staff_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii COLLATE = ascii_bin;
