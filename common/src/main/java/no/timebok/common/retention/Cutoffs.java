package no.timebok.common.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

/**
 * Cutoffs of the retention policies: the first instant whose data is not yet due. Purges erase
 * what is stamped strictly before it, so a run works by cutoff, never by "since the last run".
 */
final class Cutoffs {

    /** Months shorter than their neighbours move a due date by at most three days. */
    private static final Duration SEARCH_MARGIN = Duration.ofDays(4);

    private Cutoffs() {
    }

    /**
     * A request submitted at {@code s} is due at {@code s + period} in the zone's calendar (so
     * "21 days" spans a daylight-saving change, and five months after 31 January is 30 June).
     * Subtracting the period from now does not invert that at month ends (30 June minus five months
     * is 30 January, which would keep 31 January a day too long), so the cutoff is searched for:
     * the first second whose due time is still after now. Due times never decrease, so the search
     * is a bisection.
     */
    static Instant afterSubmission(Instant now, ZoneId zone, Period period) {
        UnaryOperator<Instant> due = submitted -> submitted.atZone(zone).plus(period).toInstant();
        Instant approximate = now.atZone(zone).minus(period).toInstant();
        long low = approximate.minus(SEARCH_MARGIN).getEpochSecond();
        long high = approximate.plus(SEARCH_MARGIN).getEpochSecond();
        // Invariant: due(low) <= now < due(high).
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (due.apply(Instant.ofEpochSecond(middle)).isAfter(now)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return Instant.ofEpochSecond(high);
    }

    /**
     * A message of a calendar month is due at the start of the next month plus the period, so at
     * {@code now} everything before the start of the current month, less the period, is due.
     */
    static Instant afterMonthEnd(Instant now, ZoneId zone, Period period) {
        return now.atZone(zone).toLocalDate().withDayOfMonth(1).minus(period).atStartOfDay(zone).toInstant();
    }
}
