package no.timebok.common.retention;

/** What staff decided for one message before its month ends. */
public enum JournalDecision {
    /** Holds health information: hand it to the patient journal before it is deleted. */
    TRANSFER,
    /** No health information: delete it at month end like every other message. */
    NO_HEALTH_INFORMATION
}
