package no.timebok.booking.request;

/** Validated contact data: names trimmed, phone in E.164. */
public record PatientContact(String firstName, String lastName, String phoneE164) {
}
