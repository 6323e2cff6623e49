-- Policy 3 deletes patients' replies by month of receipt, like the outbox by month of creation.
CREATE INDEX ix_inbound_message_received ON inbound_message (received_at);
