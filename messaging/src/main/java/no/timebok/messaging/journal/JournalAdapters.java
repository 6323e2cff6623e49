package no.timebok.messaging.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.timebok.common.config.TimebokConfig;

/** The adapter that {@code timebok.journal.adapter} names, read at each use like every key. */
@ApplicationScoped
public class JournalAdapters {

    @Inject
    TimebokConfig config;

    public JournalAdapter configured() {
        return switch (config.journalAdapter()) {
            case "http" -> new HttpJournalAdapter(config.journalUrl());
            case "directory" -> new DirectoryJournalAdapter(config.journalDirectory());
            default -> new NoJournalAdapter();
        };
    }
}
