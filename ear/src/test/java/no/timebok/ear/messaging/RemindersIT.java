package no.timebok.ear.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import no.timebok.ear.TestData;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.peers.Peers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders with the server's clock moved: exactly one per appointment, at the same Oslo wall-clock
 * time the day before, around the 2027 daylight-saving changes (28 March, 31 October), and
 * following the appointment when it moves or is cancelled.
 */
@ExtendWith(TimebokDeployment.class)
class RemindersIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @AfterEach
    void backToNow() throws Exception {
        TestClock.reset();
        // Messages that failed or were claimed while the clock stood in 2027 would otherwise wait
        // until 2027 for their next attempt; put them back to now. Reminders keep their time.
        TestDatabase.update("UPDATE outbox_message SET next_attempt_at = UTC_TIMESTAMP(6)"
                + " WHERE state IN ('QUEUED', 'SENDING') AND appointment_key IS NULL"
                + " AND next_attempt_at > UTC_TIMESTAMP(6) + INTERVAL 1 HOUR");
    }

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }

    private static long schedule(String key, Instant start, String mobile) {
        HttpResponse<String> scheduled = Probe.send("POST", "/reminders", Map.of("appointmentKey", key,
                "start", start.toString(), "clinicId", "1", "reference", "TB-REM1", "mobile", mobile,
                "language", "en", "time", "09:15"));
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        return Probe.object(scheduled.body()).getJsonNumber("id").longValue();
    }

    private static void assertExactlyOneReminderAt(String mobile, Instant due, long id) throws Exception {
        TestClock.set(due.minusSeconds(60));
        Relay.runOnce();
        assertEquals(0, Peers.sms().sentTo(mobile).size(), "a minute early, nothing is sent");
        assertEquals("QUEUED", Bookings.state(id), "nor claimed for sending");
        TestClock.set(due.plusSeconds(1));
        Peers.await(PATIENCE, "the reminder at the gateway", () -> Peers.sms().sentTo(mobile).size() == 1);
        Relay.runOnce();
        assertEquals(1, Peers.sms().sentTo(mobile).size(), "exactly one");
        assertEquals("tb-" + id, Peers.sms().sentTo(mobile).get(0).reference());
        assertEquals("SENT", Bookings.state(id));
    }

    @Test
    void anAppointmentTheDayAfterTheSpringChangeIsRemindedOnceAtTheSameWallClockTime() throws Exception {
        String mobile = "+47" + TestData.uniqueMobile();
        TestClock.set(oslo("2027-03-26T12:00"));
        long id = schedule("spring-" + mobile, oslo("2027-03-29T09:15"), mobile);

        assertExactlyOneReminderAt(mobile, oslo("2027-03-28T09:15"), id);
        assertEquals("Reminder: your appointment at Probeklinikken is 09:15, Storgata 1. ",
                Peers.sms().sentTo(mobile).get(0).text());
    }

    @Test
    void anAppointmentOnTheAutumnChangeDayIsRemindedOnce25HoursBefore() throws Exception {
        String mobile = "+47" + TestData.uniqueMobile();
        TestClock.set(oslo("2027-10-29T12:00"));
        long id = schedule("autumn-" + mobile, oslo("2027-10-31T09:15"), mobile);

        assertExactlyOneReminderAt(mobile, oslo("2027-10-30T09:15"), id);
    }

    @Test
    void anAppointmentTheDayAfterTheAutumnChangeIsRemindedOnce() throws Exception {
        String mobile = "+47" + TestData.uniqueMobile();
        TestClock.set(oslo("2027-10-29T12:00"));
        long id = schedule("after-autumn-" + mobile, oslo("2027-11-01T09:15"), mobile);

        assertExactlyOneReminderAt(mobile, oslo("2027-10-31T09:15"), id);
    }

    @Test
    void aMovedAppointmentIsRemindedOnceForItsNewTimeAndACancelledOneNever() throws Exception {
        String moved = "+47" + TestData.uniqueMobile();
        String cancelled = "+47" + TestData.uniqueMobile();
        TestClock.set(oslo("2027-05-03T12:00"));
        long first = schedule("moved-" + moved, oslo("2027-05-06T09:15"), moved);
        long second = schedule("moved-" + moved, oslo("2027-05-07T14:00"), moved);
        schedule("cancelled-" + cancelled, oslo("2027-05-06T09:15"), cancelled);
        assertEquals(204, Probe.send("DELETE", "/reminders/cancelled-" + cancelled, Map.of()).statusCode());

        TestClock.set(oslo("2027-05-05T09:16"));
        Relay.runOnce();
        assertEquals(0, Peers.sms().sentTo(moved).size(), "the old time's reminder is gone");
        assertEquals(0, Peers.sms().sentTo(cancelled).size());
        assertEquals("CANCELLED", Bookings.state(first));

        assertExactlyOneReminderAt(moved, oslo("2027-05-06T14:00"), second);
        assertEquals(0, Peers.sms().sentTo(cancelled).size());
    }

    @Test
    void aReminderWhoseTimeHasPassedIsNotScheduled() {
        TestClock.set(oslo("2027-06-01T12:00"));
        HttpResponse<String> late = Probe.send("POST", "/reminders", Map.of("appointmentKey", "late-" + System.nanoTime(),
                "start", oslo("2027-06-02T09:00").toString(), "clinicId", "1", "reference", "TB-REM2",
                "mobile", "+47" + TestData.uniqueMobile(), "language", "nb", "time", "09:00"));

        assertEquals(204, late.statusCode(), late.body());
    }
}
