package no.timebok.common.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimerSchedule;

/**
 * The three scheduled promises of the privacy policy, and the receipt kind of erasures on request, each with its version (raised whenever what a run
 * erases changes, so a receipt says which rule it applied) and the key of its schedule in the clinic group's zone.
 */
public enum RetentionPolicy {

    /** Booking free text, 21 days after submission by default. */
    FREE_TEXT(1, ConfigKey.RETENTION_FREE_TEXT_SCHEDULE, false),

    /**
     * Contact data of a booking request and the message addresses copied from it, five months after
     * submission; since version 2 also newsletter sign-ups never confirmed before their link expired.
     */
    CONTACT_DATA(2, ConfigKey.RETENTION_CONTACT_DATA_SCHEDULE, false),

    /** Every SMS and email of a calendar month, at the end of that month. */
    CORRESPONDENCE(1, ConfigKey.RETENTION_CORRESPONDENCE_SCHEDULE, true),

    /**
     * A data subject's erasure request (GDPR art. 17), answered at once by the privacy officer. It
     * has no schedule, lock or cutoff: it only gives the erasure a receipt like the scheduled runs.
     */
    ERASURE_REQUEST(1, null, false);

    private final int version;
    private final ConfigKey schedule;
    private final boolean monthly;

    RetentionPolicy(int version, ConfigKey schedule, boolean monthly) {
        this.version = version;
        this.schedule = schedule;
        this.monthly = monthly;
    }

    /** Whether timers run this policy; the unscheduled one must never reach a timer, lock or catch-up check. */
    public boolean scheduled() {
        return schedule != null;
    }

    /** The key that says when this policy's timer fires. */
    public ConfigKey scheduleKey() {
        requireScheduled();
        return schedule;
    }

    /** The policies timers run, in declaration order. */
    public static List<RetentionPolicy> scheduledPolicies() {
        return Arrays.stream(values()).filter(RetentionPolicy::scheduled).toList();
    }

    public int version() {
        return version;
    }

    /** The name used in URLs, receipts and metrics: {@code free-text}, {@code contact-data}, {@code correspondence}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<RetentionPolicy> ofCode(String code) {
        for (RetentionPolicy policy : values()) {
            if (policy.code().equals(code)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }

    /**
     * The latest time at or before {@code now} the configured {@code runs} schedule named: daily, or
     * on its day of the month. A run that succeeded since then leaves nothing to catch up.
     */
    public Instant lastScheduledAtOrBefore(Instant now, ZoneId zone, TimerSchedule runs) {
        requireScheduled();
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = runs.monthly() ? local.toLocalDate().withDayOfMonth(runs.dayOfMonth()) : local.toLocalDate();
        ZonedDateTime scheduled = day.atTime(runs.time()).atZone(zone);
        if (scheduled.toInstant().isAfter(now)) {
            scheduled = (runs.monthly() ? day.minusMonths(1) : day.minusDays(1)).atTime(runs.time()).atZone(zone);
        }
        return scheduled.toInstant();
    }

    /** Whether a policy whose last success started at {@code lastSuccess} (empty: never) is overdue now. */
    public boolean overdue(Optional<Instant> lastSuccess, Instant now, ZoneId zone, TimerSchedule runs) {
        Instant due = lastScheduledAtOrBefore(now, zone, runs);
        return lastSuccess.map(last -> last.isBefore(due)).orElse(true);
    }

    /**
     * Everything stamped before the returned instant is due for erasure at {@code now}.
     *
     * @param period the configured period: after submission for the booking policies, after the end
     *               of the message's month for correspondence
     */
    public Instant cutoff(Instant now, ZoneId zone, Period period) {
        requireScheduled();
        return monthly ? Cutoffs.afterMonthEnd(now, zone, period) : Cutoffs.afterSubmission(now, zone, period);
    }

    private void requireScheduled() {
        if (!scheduled()) {
            throw new IllegalStateException(name() + " has no schedule");
        }
    }
}
