package no.timebok.common.retention;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The correspondence policy and the journal decisions, owned by messaging and offered to the staff
 * API in booking. Calls run outside the caller's transaction: a purge commits chunk by chunk.
 */
@Local
public interface Correspondence {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "Correspondence";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.retention.Correspondence";

    /** Runs the correspondence policy now, or records that another run holds it. */
    RetentionReceipt runNow();

    /** What a run now would delete or transfer, counted; changes nothing. */
    Map<String, Long> dryRun();

    /** The outbox: messages from the clinic. */
    String OUTBOUND = "outbox_message";
    /** Messages from patients. */
    String INBOUND = "inbound_message";

    /**
     * Messages of these clinics staff must look at, outbound and inbound: those whose journal
     * transfer failed, and, from the configured number of days before month end, those of the month
     * with no journal decision yet.
     */
    List<JournalWorkItem> worklist(Set<Long> clinicIds);

    /**
     * Records staff's decision for one message of one of their clinics.
     *
     * @param source {@link #OUTBOUND} or {@link #INBOUND}
     * @throws no.timebok.common.error.NotFoundException when no such message is in these clinics
     * @throws no.timebok.common.error.ConflictException when it is already transferred
     */
    void decide(String source, long messageId, JournalDecision decision, Set<Long> clinicIds);
}
