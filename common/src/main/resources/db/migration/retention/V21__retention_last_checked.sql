-- When each policy was last checked by a timer or a start-up check, on any node, written once the
-- check and any run it started are over. Operations can tell that the timers come round even on
-- days when nothing is due (a check that runs nothing leaves no receipt).
ALTER TABLE retention_lock ADD COLUMN last_checked_at DATETIME(6) NULL;
