package no.timebok.messaging.journal;

/** No journal is configured: every transfer fails, so marked messages are kept and listed, never lost. */
final class NoJournalAdapter implements JournalAdapter {

    @Override
    public String transfer(String identifier, String communicationJson) {
        throw new JournalTransferException("no journal adapter is configured (timebok.journal.adapter=none)");
    }
}
