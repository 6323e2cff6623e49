package no.timebok.common.config;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled job runs in the configured zone: every day at a time ({@code 04:10}), or every
 * month on a day at a time ({@code 1 00:15}). Days stop at 28, which every month has. The time may
 * name its second ({@code 04:10:30}): whole minutes are enough in operation, but a test that waits
 * for Payara's real timers then waits seconds instead of up to a minute more.
 *
 * @param dayOfMonth the day of a monthly schedule, 0 for a daily one
 */
public record TimerSchedule(int dayOfMonth, LocalTime time) {

    private static final Pattern FORM = Pattern.compile("(?:([1-9]|1\\d|2[0-8]) )?([01]\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?");

    public TimerSchedule {
        if (dayOfMonth < 0 || dayOfMonth > 28 || time.getNano() != 0) {
            throw new IllegalArgumentException("not a schedule");
        }
    }

    /** Parses {@code HH:mm} or {@code d HH:mm}, either with an optional {@code :ss}. */
    public static TimerSchedule parse(String text) {
        Matcher match = FORM.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException("not a schedule");
        }
        int day = match.group(1) == null ? 0 : Integer.parseInt(match.group(1));
        int second = match.group(4) == null ? 0 : Integer.parseInt(match.group(4));
        return new TimerSchedule(day, LocalTime.of(Integer.parseInt(match.group(2)), Integer.parseInt(match.group(3)), second));
    }

    public boolean monthly() {
        return dayOfMonth > 0;
    }

    /** The calendar expression of an EJB timer that fires on this schedule in {@code zone}. */
    public ScheduleExpression expression(ZoneId zone) {
        return new ScheduleExpression()
                .dayOfMonth(monthly() ? Integer.toString(dayOfMonth) : "*")
                .hour(time.getHour())
                .minute(time.getMinute())
                .second(time.getSecond())
                .timezone(zone.getId());
    }

    /** The configuration form, {@code HH:mm} or {@code d HH:mm}, with {@code :ss} only when the second is not 0. */
    @Override
    public String toString() {
        return (monthly() ? dayOfMonth + " " : "") + time;
    }
}
