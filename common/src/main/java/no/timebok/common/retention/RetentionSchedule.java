package no.timebok.common.retention;

import java.time.LocalTime;

/**
 * When the retention timers fire, in Europe/Oslo. Constants, because {@code @Schedule} needs them
 * at compile time; {@link RetentionPolicy} reads the same values for its catch-up rule. All lie
 * outside 02:00–03:00, where daylight saving skips or repeats an hour.
 */
public final class RetentionSchedule {

    public static final String ZONE = "Europe/Oslo";

    public static final String FREE_TEXT_HOUR = "4";
    public static final String FREE_TEXT_MINUTE = "10";
    public static final String CONTACT_DATA_HOUR = "4";
    public static final String CONTACT_DATA_MINUTE = "20";
    /** Just after midnight on the first, so the month that just ended goes at once. */
    public static final String CORRESPONDENCE_HOUR = "0";
    public static final String CORRESPONDENCE_MINUTE = "15";
    public static final String CORRESPONDENCE_DAY_OF_MONTH = "1";

    static final LocalTime FREE_TEXT_TIME = time(FREE_TEXT_HOUR, FREE_TEXT_MINUTE);
    static final LocalTime CONTACT_DATA_TIME = time(CONTACT_DATA_HOUR, CONTACT_DATA_MINUTE);
    static final LocalTime CORRESPONDENCE_TIME = time(CORRESPONDENCE_HOUR, CORRESPONDENCE_MINUTE);

    private RetentionSchedule() {
    }

    private static LocalTime time(String hour, String minute) {
        return LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute));
    }
}
