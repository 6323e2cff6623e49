-- Restriction of processing (GDPR art. 18) reaches a person's waiting-list entries: while set, the
-- entry keeps its place but is offered no time.
ALTER TABLE waiting_list_entry
    ADD COLUMN processing_restricted_at DATETIME(6) NULL;
