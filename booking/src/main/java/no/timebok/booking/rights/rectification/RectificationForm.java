package no.timebok.booking.rights.rectification;

/**
 * The corrected contact data of one of the person's booking requests, as staff typed it. The
 * fields follow the booking form's rules.
 */
public record RectificationForm(String reference, String firstName, String lastName, String phone, String email) {
}
