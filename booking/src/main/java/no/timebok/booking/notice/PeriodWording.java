package no.timebok.booking.notice;

import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import no.timebok.common.config.TimerSchedule;
import no.timebok.common.i18n.Language;

/**
 * Configured periods and schedules in the words of the privacy notice: {@code P21D} as "21 dager" or
 * "21 days", {@code P1Y2M} as "1 år og 2 måneder". The period is worded as configured, never
 * normalised: {@code P12M} stays "12 måneder", as the timers count it.
 */
public final class PeriodWording {

    private PeriodWording() {
    }

    /** The period in words; a zero period is "0 dager" or "0 days". */
    public static String of(Period period, Language language) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("a retention period is never negative: " + period);
        }
        List<String> parts = new ArrayList<>();
        add(parts, period.getYears(), language.pick("år", "year"), language.pick("år", "years"));
        add(parts, period.getMonths(), language.pick("måned", "month"), language.pick("måneder", "months"));
        add(parts, period.getDays(), language.pick("dag", "day"), language.pick("dager", "days"));
        if (parts.isEmpty()) {
            return language.pick("0 dager", "0 days");
        }
        return join(parts, language.pick(" og ", " and "));
    }

    /** When a schedule fires: "hver dag kl. 04:10", or "den 1. i hver måned kl. 00:15". */
    public static String of(TimerSchedule schedule, Language language) {
        String time = clock(schedule.time());
        if (!schedule.monthly()) {
            return language.pick("hver dag kl. " + time, "every day at " + time);
        }
        int day = schedule.dayOfMonth();
        return language.pick("den " + day + ". i hver måned kl. " + time,
                "on the " + ordinal(day) + " of every month at " + time);
    }

    private static void add(List<String> parts, int amount, String one, String many) {
        if (amount != 0) {
            parts.add(amount + " " + (amount == 1 ? one : many));
        }
    }

    private static String join(List<String> parts, String lastSeparator) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + lastSeparator + parts.get(parts.size() - 1);
    }

    private static String clock(LocalTime time) {
        if (time.getSecond() != 0) {
            return String.format("%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
        }
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private static String ordinal(int day) {
        int lastTwo = day % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
