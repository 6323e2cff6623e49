package no.timebok.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimerScheduleTest {

    @Test
    void aDailyScheduleFiresEveryDayAtItsMinuteInTheZone() {
        TimerSchedule daily = TimerSchedule.parse("04:10");
        ScheduleExpression expression = daily.expression(ZoneId.of("Europe/Oslo"));

        assertFalse(daily.monthly());
        assertEquals("*", expression.getDayOfMonth());
        assertEquals("4", expression.getHour());
        assertEquals("10", expression.getMinute());
        assertEquals("0", expression.getSecond());
        assertEquals("Europe/Oslo", expression.getTimezone());
        assertEquals("04:10", daily.toString());
    }

    @Test
    void aMonthlyScheduleNamesItsDay() {
        TimerSchedule monthly = TimerSchedule.parse("1 00:15");

        assertTrue(monthly.monthly());
        assertEquals(new TimerSchedule(1, LocalTime.of(0, 15)), monthly);
        assertEquals("1", monthly.expression(ZoneId.of("Europe/Oslo")).getDayOfMonth());
        assertEquals("1 00:15", monthly.toString());
    }

    @Test
    void aScheduleMayNameItsSecond() {
        TimerSchedule daily = TimerSchedule.parse("04:10:30");
        TimerSchedule monthly = TimerSchedule.parse("1 00:15:05");

        assertEquals(LocalTime.of(4, 10, 30), daily.time());
        assertEquals("30", daily.expression(ZoneId.of("Europe/Oslo")).getSecond());
        assertEquals("04:10:30", daily.toString());
        assertEquals(new TimerSchedule(1, LocalTime.of(0, 15, 5)), monthly);
        assertEquals("1 00:15:05", monthly.toString());
        assertEquals(TimerSchedule.parse("04:10"), TimerSchedule.parse("04:10:00"), "second 0 is the whole minute");
        assertEquals("04:10", TimerSchedule.parse("04:10:00").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4:10", "24:00", "04:60", "29 04:10", "0 04:10", "04:10:60", "04:10:5", "04:10:", "04:10:00.5",
            "daily", ""})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> TimerSchedule.parse(text));
    }
}
