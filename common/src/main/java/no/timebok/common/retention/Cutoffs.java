package no.timebok.common.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Cutoffs of the retention policies: the first instant whose data is not yet due. Purges erase
 * what is stamped strictly before it, so a run works by cutoff, never by "since the last run".
 */
final class Cutoffs {

    /** Month ends fold at most three submission days onto one due day. */
    private static final int SEARCH_DAYS = 4;

    private Cutoffs() {
    }

    /**
     * A request submitted at {@code s} is due at {@code s + period} in the zone's calendar, so "21
     * days" spans a daylight-saving change and five months after 31 January is 30 June. Two things
     * keep that from inverting into "now minus the period": a due time inside the spring gap is
     * taken as the gap's start (never later than the clock shows), and month ends fold several
     * submission days onto one due day (29 and 30 September both fall due on 29 February).
     * <p>
     * So the cutoff is one second past the latest submission that is due now, found day by day
     * around "now minus the period" by bisection within each stretch of a day in which due times
     * rise with submission times. Everything before it is erased: nothing is kept past its due
     * time, and what a fold makes due early goes early, which the policy allows (shorter is fine).
     */
    static Instant afterSubmission(Instant now, ZoneId zone, Period period) {
        LocalDate around = now.atZone(zone).toLocalDate().minus(period);
        long latestDue = Long.MIN_VALUE;
        for (LocalDate day = around.minusDays(SEARCH_DAYS); !day.isAfter(around.plusDays(SEARCH_DAYS)); day = day.plusDays(1)) {
            for (long[] stretch : monotoneStretches(day, zone)) {
                long low = stretch[0];
                long high = stretch[1];
                if (due(low, zone, period).isAfter(now)) {
                    continue;
                }
                // Invariant: due(low) <= now, and high is past the stretch or due after now.
                while (high - low > 1) {
                    long middle = low + (high - low) / 2;
                    if (due(middle, zone, period).isAfter(now)) {
                        high = middle;
                    } else {
                        low = middle;
                    }
                }
                latestDue = Math.max(latestDue, low);
            }
        }
        return latestDue == Long.MIN_VALUE
                ? around.minusDays(SEARCH_DAYS).atStartOfDay(zone).toInstant()
                : Instant.ofEpochSecond(latestDue + 1);
    }

    /** The day's seconds split at the zone's transitions, as [first, end) pairs of epoch seconds. */
    private static List<long[]> monotoneStretches(LocalDate day, ZoneId zone) {
        long start = day.atStartOfDay(zone).toEpochSecond();
        long end = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        List<long[]> stretches = new ArrayList<>();
        ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.ofEpochSecond(start));
        while (transition != null && transition.toEpochSecond() < end) {
            stretches.add(new long[] {start, transition.toEpochSecond()});
            start = transition.toEpochSecond();
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        stretches.add(new long[] {start, end});
        return stretches;
    }

    private static Instant due(long submittedEpochSecond, ZoneId zone, Period period) {
        ZonedDateTime submitted = Instant.ofEpochSecond(submittedEpochSecond).atZone(zone);
        LocalDateTime local = submitted.toLocalDateTime().plus(period);
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(local).isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, rules.getValidOffsets(local).get(0)).toInstant();
    }

    /**
     * A message of a calendar month is due at the start of the next month plus the period, so at
     * {@code now} everything before the start of the current month, less the period, is due.
     */
    static Instant afterMonthEnd(Instant now, ZoneId zone, Period period) {
        return now.atZone(zone).toLocalDate().withDayOfMonth(1).minus(period).atStartOfDay(zone).toInstant();
    }
}
