package no.timebok.common.messaging;

/** Why a patient is written to; each kind has its own template in each language. */
public enum MessageKind {
    REQUEST_RECEIVED, APPOINTMENT_BOOKED, APPOINTMENT_RESCHEDULED, APPOINTMENT_CANCELLED, APPOINTMENT_REMINDER
}
