package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import no.timebok.common.config.ConfigKey;
import no.timebok.ear.TestDatabase;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.clock.TestClock;
import no.timebok.ear.peers.Peers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payara's timer service itself fires each policy's timer at its configured time; the
 * other retention tests move the application's clock and call the runner. Payara's timers follow
 * the real wall clock, not the test clock, so the schedules are set to a real time a little ahead
 * (to the second), and the application is started so it makes its timers from them.
 */
@ExtendWith(TimebokDeployment.class)
@ExtendWith(StartedByEachTest.class)
class ScheduledTimersIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final List<ConfigKey> SCHEDULES = List.of(ConfigKey.RETENTION_FREE_TEXT_SCHEDULE,
            ConfigKey.RETENTION_CONTACT_DATA_SCHEDULE, ConfigKey.RETENTION_CORRESPONDENCE_SCHEDULE);

    /** Stopped again, so the start after the class makes the timers from the default schedules. */
    @AfterEach
    void defaultSchedules() throws SQLException {
        TimebokDeployment.stopApplication();
        TimebokDeployment.deleteConfigProperties(SCHEDULES.stream().map(ConfigKey::key).toList());
        RetentionState.clear();
    }

    @Test
    void eachPolicysTimerFiresAtItsConfiguredTimeAndItsReceiptSaysSchedule() throws SQLException {
        TestClock.reset();
        // With no receipt every policy is overdue, so the firing runs it whatever ran before.
        RetentionState.clear();
        // 75 s ahead, to the second (a schedule may name it): the application starts in 15-40 s here,
        // and its catch-up must be over before then (or the firing would meet it and skip as busy).
        ZonedDateTime at = ZonedDateTime.now(OSLO).plusSeconds(75).truncatedTo(ChronoUnit.SECONDS);
        String time = at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        // A monthly schedule takes days 1 to 28 only; on the 29th to 31st the policy runs daily instead.
        String correspondence = at.getDayOfMonth() <= 28 ? at.getDayOfMonth() + " " + time : time;
        TimebokDeployment.setConfigProperties(Map.of(
                ConfigKey.RETENTION_FREE_TEXT_SCHEDULE.key(), time,
                ConfigKey.RETENTION_CONTACT_DATA_SCHEDULE.key(), time,
                ConfigKey.RETENTION_CORRESPONDENCE_SCHEDULE.key(), correspondence));

        TimebokDeployment.startApplication();

        Peers.await(Duration.between(ZonedDateTime.now(OSLO), at).plusMinutes(2),
                "a SCHEDULE receipt of each policy at or after " + at, () -> scheduledRunsSince(at).size() == 3);
        List<Map<String, Object>> scheduled = scheduledRunsSince(at);
        assertEquals(List.of("CONTACT_DATA", "CORRESPONDENCE", "FREE_TEXT"),
                scheduled.stream().map(receipt -> (String) receipt.get("policy")).toList(), scheduled.toString());
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"),
                scheduled.stream().map(receipt -> (String) receipt.get("outcome")).toList(), scheduled.toString());
    }

    private static List<Map<String, Object>> scheduledRunsSince(ZonedDateTime at) {
        try {
            return TestDatabase.query("SELECT policy, outcome FROM retention_receipt WHERE trigger_kind = 'SCHEDULE'"
                    + " AND outcome <> 'RUNNING' AND started_at >= ? ORDER BY policy", utc(at.toInstant()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
