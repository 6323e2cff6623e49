-- The gateway pushes an SMS from a patient again when it did not get our 2xx (a lost answer, a
-- restart). Its own id of the message (provider_id) makes the repeat recognisable, and this key
-- decides, so it holds when the repeats reach two nodes at once. NULL (no id given) never collides.
ALTER TABLE inbound_message
    ADD CONSTRAINT uq_inbound_message_provider UNIQUE (channel, provider_id);
