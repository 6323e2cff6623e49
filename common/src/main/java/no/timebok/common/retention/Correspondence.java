package no.timebok.common.retention;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;

/**
 * The correspondence policy and the journal decisions, owned by messaging and offered to the staff
 * API in booking. Calls run outside the caller's transaction: a purge commits chunk by chunk.
 */
@Local
public interface Correspondence {

    String JNDI_NAME = "java:app/messaging/CorrespondenceRetentionService!no.timebok.common.retention.Correspondence";

    /** Runs the correspondence policy now, or records that another run holds it. */
    RetentionReceipt runNow();

    /** What a run now would delete or transfer, counted; changes nothing. */
    Map<String, Long> dryRun();

    /**
     * Messages staff must look at: those whose journal transfer failed, and, from the configured
     * number of days before month end, those of the month with no journal decision yet.
     */
    List<JournalWorkItem> worklist();

    /**
     * Records staff's decision for one message.
     *
     * @throws JournalDecisionException when the message does not exist or is already transferred
     */
    void decide(long messageId, JournalDecision decision);
}
