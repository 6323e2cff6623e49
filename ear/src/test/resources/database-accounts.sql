-- The accounts of the test and local-run database, made at each start through the Unix socket
-- (MariaDB's own root logs in only there):
-- * timebok: the internal nodes' account, as in production an account of its own with a password,
--   on loopback only; everything in the timebok schema (Flyway migrates it), nothing else.
-- * root on 127.0.0.1 without a password: the tests' and tools' administrator (it makes the edge's
--   account from edge-grants.sql, and the tests read and arrange rows with it).
CREATE USER IF NOT EXISTS 'timebok'@'127.0.0.1' IDENTIFIED BY 'timebok-local';
GRANT ALL PRIVILEGES ON timebok.* TO 'timebok'@'127.0.0.1';
CREATE USER IF NOT EXISTS 'root'@'127.0.0.1';
GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;
