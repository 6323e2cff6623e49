package no.timebok.messaging.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** When staff see the month's undecided messages: the last {@code leadDays} days of the month, in the zone. */
final class WorklistWindow {

    private WorklistWindow() {
    }

    static boolean open(Instant now, ZoneId zone, int leadDays) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate firstOfNextMonth = today.withDayOfMonth(1).plusMonths(1);
        return !today.plusDays(leadDays).isBefore(firstOfNextMonth);
    }
}
