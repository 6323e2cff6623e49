package no.timebok.messaging.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When a reminder is due. A lead of whole days is counted in calendar days in the clinic's zone,
 * so "24 hours before" a 09:00 appointment is 09:00 the day before even when a daylight-saving
 * change lies between (23 or 25 real hours); any other lead is exact elapsed time.
 */
public final class ReminderTime {

    private static final Duration DAY = Duration.ofDays(1);

    private ReminderTime() {
    }

    public static Instant due(Instant appointmentStart, Duration lead, ZoneId zone) {
        if (!lead.isZero() && lead.toNanos() % DAY.toNanos() == 0) {
            return appointmentStart.atZone(zone).minusDays(lead.toDays()).toInstant();
        }
        return appointmentStart.minus(lead);
    }
}
