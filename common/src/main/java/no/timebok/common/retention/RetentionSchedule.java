package no.timebok.common.retention;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.ZoneId;
import java.util.Optional;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.config.TimerSchedule;

/**
 * The calendar timer of each scheduled policy, made at start-up on every node from the policy's
 * configured schedule ({@code timebok.retention.*.schedule}) in the configured zone. The timers are
 * not persistent: Payara gives a persistent timer to one server only (the one that made it first),
 * so on several nodes the schedule would die with that node. Here every node fires, and the policy's
 * lease and the overdue rule ({@link RetentionRunner#runIfOverdue}) make one run of it per scheduled
 * time; a firing missed while all nodes were down is made up by the check at start-up. Persistent
 * timers an earlier version made are cancelled, so they cannot fire a second time.
 */
public final class RetentionSchedule {

    private static final String PREFIX = "retention-schedule:";

    private RetentionSchedule() {
    }

    /** Makes the bean's timers exactly one per policy, on its configured schedule, and shows when each fires next. */
    public static void keep(TimerService timers, TimebokConfig config, RetentionMetrics metrics, RetentionPolicy... policies) {
        for (Timer timer : timers.getTimers()) {
            if (timer.getInfo() instanceof String info && info.startsWith(PREFIX)) {
                timer.cancel();
            }
        }
        ZoneId zone = config.zone();
        for (RetentionPolicy policy : policies) {
            TimerSchedule schedule = config.schedule(policy.scheduleKey());
            String info = PREFIX + policy.code() + "@" + schedule + " " + zone.getId();
            fired(timers.createCalendarTimer(schedule.expression(zone), new TimerConfig(info, false)), metrics);
        }
    }

    /**
     * The policy a timer made by {@link #keep} runs, empty for any other timer of the bean; the
     * metrics learn when it fires next.
     */
    public static Optional<RetentionPolicy> fired(Timer timer, RetentionMetrics metrics) {
        Optional<RetentionPolicy> policy = policyOf(timer);
        policy.ifPresent(scheduled -> metrics.nextRun(scheduled, timer.getNextTimeout().toInstant()));
        return policy;
    }

    static Optional<RetentionPolicy> policyOf(Timer timer) {
        if (timer.getInfo() instanceof String info && info.startsWith(PREFIX) && info.indexOf('@') > 0) {
            return RetentionPolicy.ofCode(info.substring(PREFIX.length(), info.indexOf('@')));
        }
        return Optional.empty();
    }
}
