package no.timebok.common.retention;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.config.TimerSchedule;

/**
 * The persistent calendar timer of each scheduled policy, made at start-up from the policy's
 * configured schedule ({@code timebok.retention.*.schedule}) in the configured zone. Payara keeps
 * persistent timers (in MariaDB) across restarts, so a start keeps the timer whose schedule still
 * matches, with its identity and any firing it owes, and cancels one with another schedule and any
 * duplicate (Payara #4650). A duplicate that fires before it is cancelled does nothing, since a run
 * happens only when the policy is overdue.
 */
public final class RetentionSchedule {

    private static final String PREFIX = "retention-schedule:";

    private RetentionSchedule() {
    }

    /** Makes the bean's persistent timers exactly one per policy, on its configured schedule. */
    public static void keep(TimerService timers, TimebokConfig config, RetentionPolicy... policies) {
        ZoneId zone = config.zone();
        Map<String, TimerSchedule> wanted = new LinkedHashMap<>();
        for (RetentionPolicy policy : policies) {
            TimerSchedule schedule = config.schedule(policy.scheduleKey());
            wanted.put(PREFIX + policy.code() + "@" + schedule + " " + zone.getId(), schedule);
        }
        Set<String> kept = new HashSet<>();
        for (Timer timer : timers.getTimers()) {
            if (timer.isPersistent() && timer.getInfo() instanceof String info && info.startsWith(PREFIX)
                    && !(wanted.containsKey(info) && kept.add(info))) {
                timer.cancel();
            }
        }
        wanted.forEach((info, schedule) -> {
            if (!kept.contains(info)) {
                timers.createCalendarTimer(schedule.expression(zone), new TimerConfig(info, true));
            }
        });
    }

    /** The policy a timer made by {@link #keep} runs; empty for any other timer of the bean. */
    public static Optional<RetentionPolicy> policyOf(Timer timer) {
        if (timer.getInfo() instanceof String info && info.startsWith(PREFIX) && info.indexOf('@') > 0) {
            return RetentionPolicy.ofCode(info.substring(PREFIX.length(), info.indexOf('@')));
        }
        return Optional.empty();
    }
}
