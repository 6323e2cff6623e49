package no.timebok.messaging.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;

/** The adapter that {@code timebok.journal.adapter} names, read at each use like every key. */
@ApplicationScoped
public class JournalAdapters {

    @Inject
    TimebokConfig config;

    public JournalAdapter configured() {
        return switch (config.journalAdapter()) {
            case "http" -> new HttpJournalAdapter(URI.create(config.value(ConfigKey.JOURNAL_URL).strip()));
            case "directory" -> new DirectoryJournalAdapter(Path.of(config.value(ConfigKey.JOURNAL_DIRECTORY).strip()));
            default -> new NoJournalAdapter();
        };
    }
}
