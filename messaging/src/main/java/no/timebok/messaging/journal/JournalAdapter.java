package no.timebok.messaging.journal;

/** Where transferred messages go. One implementation per kind of journal import. */
public interface JournalAdapter {

    /**
     * Delivers the resource under its identifier. Calling it again for the same identifier returns
     * the first transfer's id and creates nothing new.
     *
     * @return the journal's id of the transfer, to record as proof
     * @throws JournalTransferException when the journal did not take it
     */
    String transfer(String identifier, String communicationJson);
}
