package no.timebok.common.messaging;

/** Whether a message went to the patient or came from them. */
public enum Direction {
    OUT, IN
}
