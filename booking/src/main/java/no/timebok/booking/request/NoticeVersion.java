package no.timebok.booking.request;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Which privacy notice a patient was shown when they submitted. The form posts back the version date
 * its link named, but a post can carry anything, so only a date that could have been a published
 * version is believed: a well-formed ISO date, not after today and not after the current version
 * (no later text exists). Anything else, or nothing, records the current version, which is what a
 * patient of the API or of a tampered form was offered; a bad value never refuses the booking.
 */
public final class NoticeVersion {

    private static final int ISO_DATE_LENGTH = 10;

    private NoticeVersion() {
    }

    /**
     * @param posted the form's hidden field or the API's optional field, untouched
     * @param current the version the notice has now
     */
    public static LocalDate shown(String posted, LocalDate current, LocalDate today) {
        if (posted == null || posted.length() != ISO_DATE_LENGTH) {
            return current;
        }
        try {
            LocalDate date = LocalDate.parse(posted);
            return date.isAfter(today) || date.isAfter(current) ? current : date;
        } catch (DateTimeException notADate) {
            return current;
        }
    }
}
