package no.timebok.booking.request;

/**
 * What the patient typed, untouched, so that a form with errors can be shown again exactly as it
 * was filled in. Every field may be null or malformed here.
 */
public record BookingForm(String firstName, String lastName, String phone, String email, String nationalId,
                          String clinicId, String visitTypeId, String earliestDate, String latestDate,
                          String partOfDay, String freeText, boolean newsletter, String language,
                          String privacyVersion) {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_FREE_TEXT_LENGTH = 2000;

    public static BookingForm empty(String language) {
        return new BookingForm(null, null, null, null, null, null, null, null, null, null, null, false, language, null);
    }

    public BookingForm inLanguage(String other) {
        return new BookingForm(firstName, lastName, phone, email, nationalId, clinicId, visitTypeId, earliestDate,
                latestDate, partOfDay, freeText, newsletter, other, privacyVersion);
    }
}
