package no.timebok.common.messaging;

import jakarta.ejb.Local;
import java.util.List;

/**
 * What staff pages need from messaging: writing to a patient, the thread of a booking request,
 * and the messages that need attention. Every call is scoped to one clinic, the tenant; the
 * caller has already checked that the staff member may act for it and logs the access.
 */
@Local
public interface PatientCorrespondence {

    /** The EJB that implements this contract, named after the contract so that no name spells an implementation. */

    String BEAN = "PatientCorrespondence";


    String JNDI_NAME = "java:app/messaging/" + BEAN + "!no.timebok.common.messaging.PatientCorrespondence";

    /**
     * Queues a message staff wrote, in the caller's transaction.
     *
     * @throws no.timebok.common.error.InvalidInputException naming the field ("text",
     *         "recipient") that is empty, too long or not an address on the channel
     */
    QueuedMessage write(StaffMessage message);

    /** Every message to and from the patient of one booking request, oldest first. */
    List<ThreadEntry> thread(long clinicId, String subjectReference);

    /** The clinic's FAILED and HELD messages, newest first, at most {@code limit}. */
    List<MessageProblem> problems(long clinicId, int limit);

    /** Inbound messages matched to no booking request, newest first, at most {@code limit}. */
    List<UnmatchedReply> unmatchedReplies(int limit);
}
