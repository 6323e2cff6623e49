package no.timebok.booking.request;

/**
 * What the patient typed, untouched, so that a form with errors can be shown again exactly as it
 * was filled in. Every field may be null or malformed here.
 */
public record BookingForm(String firstName, String lastName, String phone, String clinicId, String freeText) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_FREE_TEXT_LENGTH = 2000;
}
