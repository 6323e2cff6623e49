package no.timebok.common.config;

import java.time.LocalDate;
import java.time.Period;

/**
 * The retention periods the clinics' privacy policy publishes. Configuration may shorten them; a
 * longer period breaks a promise to patients, so start-up refuses it unless explicitly overridden.
 */
public enum PublishedPolicy {

    FREE_TEXT(ConfigKey.RETENTION_FREE_TEXT, Period.ofDays(21)),
    CONTACT_DATA(ConfigKey.RETENTION_CONTACT_DATA, Period.ofMonths(5)),
    /** Kept after the end of the message's calendar month: nothing. */
    CORRESPONDENCE(ConfigKey.RETENTION_CORRESPONDENCE, Period.ZERO);

    private final ConfigKey key;
    private final Period promised;

    PublishedPolicy(ConfigKey key, Period promised) {
        this.key = key;
        this.promised = promised;
    }

    public ConfigKey key() {
        return key;
    }

    public Period promised() {
        return promised;
    }

    /**
     * Whether the period keeps data longer than promised on any start day. Months and days do not
     * convert exactly, so every day of a leap year and the year after is tried as a start.
     */
    public boolean exceededBy(Period configured) {
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int day = 0; day < 731; day++) {
            LocalDate from = start.plusDays(day);
            if (from.plus(configured).isAfter(from.plus(promised))) {
                return true;
            }
        }
        return false;
    }
}
