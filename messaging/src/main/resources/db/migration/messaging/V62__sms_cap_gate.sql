-- The SMS caps (per number and per clinic, per day) counted today's SMS and then queued one more:
-- two transactions at the cap, on one node or two, both saw room and both got an SMS. A queuing
-- transaction now locks its number's and its clinic's gate row before it counts, so the next one
-- counts only after it committed. Slots 0-1023 stand for numbers (by hash), 1024-2047 for clinics
-- (by id); a collision only makes two unrelated queuers wait for each other. No personal data.
CREATE TABLE sms_cap_gate (
    slot SMALLINT NOT NULL PRIMARY KEY
) ENGINE = InnoDB;

INSERT INTO sms_cap_gate (slot)
SELECT high.n * 64 + low.n
FROM (WITH RECURSIVE s (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 31) SELECT n FROM s) high
CROSS JOIN (WITH RECURSIVE s (n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < 63) SELECT n FROM s) low;
