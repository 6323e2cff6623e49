package no.timebok.booking.clinic;

/**
 * What patients see of a clinic and what the privacy notice names it by, already checked: the
 * phone in E.164, the organisation number's check digit, an SMS sender a gateway accepts.
 * Optional parts are null.
 */
public record ClinicDetails(String name, String streetAddress, String postalCode, String city, String phoneE164,
                            String email, String organisationNumber, String openingHoursNb, String openingHoursEn,
                            String smsSender) {
}
