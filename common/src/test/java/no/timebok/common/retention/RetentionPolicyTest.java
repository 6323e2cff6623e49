package no.timebok.common.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import no.timebok.common.config.TimerSchedule;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void dailyPoliciesWereLastScheduledTodayAfterTheirTimeAndYesterdayBefore() {
        assertEquals(oslo("2027-06-10T04:10:00"), RetentionPolicy.FREE_TEXT.lastScheduledAtOrBefore(oslo("2027-06-10T04:10:00"), OSLO, schedule(RetentionPolicy.FREE_TEXT)));
        assertEquals(oslo("2027-06-09T04:10:00"), RetentionPolicy.FREE_TEXT.lastScheduledAtOrBefore(oslo("2027-06-10T04:09:59"), OSLO, schedule(RetentionPolicy.FREE_TEXT)));
        assertEquals(oslo("2027-06-10T04:20:00"), RetentionPolicy.CONTACT_DATA.lastScheduledAtOrBefore(oslo("2027-06-10T23:00:00"), OSLO, schedule(RetentionPolicy.CONTACT_DATA)));
    }

    @Test
    void onDaylightSavingSundaysTheScheduleStaysAtItsOsloTime() {
        assertEquals(oslo("2027-03-28T04:10:00"), RetentionPolicy.FREE_TEXT.lastScheduledAtOrBefore(oslo("2027-03-28T12:00:00"), OSLO, schedule(RetentionPolicy.FREE_TEXT)));
        assertEquals(oslo("2027-10-31T04:10:00"), RetentionPolicy.FREE_TEXT.lastScheduledAtOrBefore(oslo("2027-10-31T12:00:00"), OSLO, schedule(RetentionPolicy.FREE_TEXT)));
    }

    @Test
    void correspondenceWasLastScheduledOnTheFirstOfThisOrTheLastMonth() {
        assertEquals(oslo("2028-01-01T00:15:00"), RetentionPolicy.CORRESPONDENCE.lastScheduledAtOrBefore(oslo("2028-01-20T10:00:00"), OSLO, schedule(RetentionPolicy.CORRESPONDENCE)));
        assertEquals(oslo("2027-12-01T00:15:00"), RetentionPolicy.CORRESPONDENCE.lastScheduledAtOrBefore(oslo("2028-01-01T00:14:00"), OSLO, schedule(RetentionPolicy.CORRESPONDENCE)));
    }

    @Test
    void aPolicyIsOverdueWhenItsLastSuccessStartedBeforeItsLastScheduledTime() {
        Instant now = oslo("2027-06-10T09:00:00");

        assertTrue(RetentionPolicy.FREE_TEXT.overdue(Optional.empty(), now, OSLO, schedule(RetentionPolicy.FREE_TEXT)), "never run");
        assertTrue(RetentionPolicy.FREE_TEXT.overdue(Optional.of(oslo("2027-06-10T04:09:00")), now, OSLO, schedule(RetentionPolicy.FREE_TEXT)), "missed today's run");
        assertFalse(RetentionPolicy.FREE_TEXT.overdue(Optional.of(oslo("2027-06-10T04:10:00")), now, OSLO, schedule(RetentionPolicy.FREE_TEXT)), "today's run happened");
        assertFalse(RetentionPolicy.CORRESPONDENCE.overdue(Optional.of(oslo("2027-06-01T00:15:01")), now, OSLO, schedule(RetentionPolicy.CORRESPONDENCE)));
        assertTrue(RetentionPolicy.CORRESPONDENCE.overdue(Optional.of(oslo("2027-05-31T23:00:00")), now, OSLO, schedule(RetentionPolicy.CORRESPONDENCE)));
    }

    @Test
    void codesNameThePoliciesInUrlsAndBack() {
        assertEquals("contact-data", RetentionPolicy.CONTACT_DATA.code());
        assertEquals(Optional.of(RetentionPolicy.CORRESPONDENCE), RetentionPolicy.ofCode("correspondence"));
        assertEquals(Optional.empty(), RetentionPolicy.ofCode("CONTACT_DATA"));
    }

    @Test
    void anErasureOnRequestHasNoScheduleSoNoTimerCanRunIt() {
        assertEquals(java.util.List.of(RetentionPolicy.FREE_TEXT, RetentionPolicy.CONTACT_DATA, RetentionPolicy.CORRESPONDENCE),
                RetentionPolicy.scheduledPolicies());
        assertFalse(RetentionPolicy.ERASURE_REQUEST.scheduled());
        assertThrows(IllegalStateException.class,
                () -> RetentionPolicy.ERASURE_REQUEST.lastScheduledAtOrBefore(oslo("2027-06-10T04:10:00"), OSLO, TimerSchedule.parse("04:10")));
    }

    @Test
    void aMonthlyScheduleOnAnotherDayCountsFromThatDay() {
        TimerSchedule tenth = TimerSchedule.parse("10 07:30");
        assertEquals(oslo("2027-06-10T07:30:00"), RetentionPolicy.CORRESPONDENCE.lastScheduledAtOrBefore(oslo("2027-06-20T00:00:00"), OSLO, tenth));
        assertEquals(oslo("2027-05-10T07:30:00"), RetentionPolicy.CORRESPONDENCE.lastScheduledAtOrBefore(oslo("2027-06-10T07:29:00"), OSLO, tenth));
    }

    /** The configured default of the policy's schedule key. */
    private static TimerSchedule schedule(RetentionPolicy policy) {
        return TimerSchedule.parse(policy.scheduleKey().defaultValue().orElseThrow());
    }

    private static Instant oslo(String local) {
        return LocalDateTime.parse(local).atZone(OSLO).toInstant();
    }
}
