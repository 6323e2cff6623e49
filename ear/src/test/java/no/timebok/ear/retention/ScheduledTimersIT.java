package no.timebok.ear.retention;

import static no.timebok.ear.retention.RetentionFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
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
 * (to the second), and the application is started so it makes its timers from them. How far ahead
 * follows from how long a start took earlier in the run, so the test waits seconds more than the
 * start, not a fixed minute.
 */
@ExtendWith(TimebokDeployment.class)
@ExtendWith(StartedByEachTest.class)
class ScheduledTimersIT {

    private static final Logger LOG = Logger.getLogger(ScheduledTimersIT.class.getName());
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    /** For a run whose application has not started since its deployment: a start and its catch-up take 5-10 s here. */
    private static final Duration FIRST_LEAD = Duration.ofSeconds(20);
    /** Between the catch-up's end and the firing: the timer service fires to the second, not to the millisecond. */
    private static final Duration MARGIN = Duration.ofSeconds(2);
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
        ZonedDateTime at = startedWithTimersAhead(TimebokDeployment.lastStartTook().map(ScheduledTimersIT::leadFor).orElse(FIRST_LEAD));

        Peers.await(Duration.between(ZonedDateTime.now(OSLO), at).plusMinutes(2),
                "a SCHEDULE receipt of each policy at or after " + at, () -> scheduledRunsSince(at).size() == 3);
        List<Map<String, Object>> scheduled = scheduledRunsSince(at);
        assertEquals(List.of("CONTACT_DATA", "CORRESPONDENCE", "FREE_TEXT"),
                scheduled.stream().map(receipt -> (String) receipt.get("policy")).toList(), scheduled.toString());
        assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"),
                scheduled.stream().map(receipt -> (String) receipt.get("outcome")).toList(), scheduled.toString());
    }

    /**
     * Starts the application with every policy scheduled {@code lead} ahead (to the second: a schedule
     * may name it), and returns that time once the timers exist and the start-up catch-up is over
     * before it; otherwise the firing could come before its timer was made, or meet the catch-up and
     * skip as busy. A start slower than the lead is stopped and tried again with room for twice it.
     */
    private static ZonedDateTime startedWithTimersAhead(Duration lead) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            // With no receipt every policy is overdue, so the firing runs it whatever ran before.
            RetentionState.clear();
            ZonedDateTime at = ZonedDateTime.now(OSLO).plus(lead).truncatedTo(ChronoUnit.SECONDS);
            String time = at.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            // A monthly schedule takes days 1 to 28 only; on the 29th to 31st the policy runs daily instead.
            String correspondence = at.getDayOfMonth() <= 28 ? at.getDayOfMonth() + " " + time : time;
            TimebokDeployment.setConfigProperties(Map.of(
                    ConfigKey.RETENTION_FREE_TEXT_SCHEDULE.key(), time,
                    ConfigKey.RETENTION_CONTACT_DATA_SCHEDULE.key(), time,
                    ConfigKey.RETENTION_CORRESPONDENCE_SCHEDULE.key(), correspondence));
            Instant began = Instant.now();
            TimebokDeployment.startApplication();
            RetentionFixtures.awaitChecksSince(began);
            Duration startUp = Duration.between(began, Instant.now());
            LOG.info("ScheduledTimersIT: try " + attempt + ", timers " + lead + " ahead, start and catch-up took " + startUp);
            if (Instant.now().plus(MARGIN).isBefore(at.toInstant())) {
                return at;
            }
            assertTrue(attempt < 3, "the application started in time for its timers in none of three tries; the last took " + startUp);
            TimebokDeployment.stopApplication();
            RetentionState.releaseLocks();
            lead = leadFor(startUp);
        }
    }

    /** Room for a start twice as slow as one measured in this run, the catch-up after it and the margin. */
    private static Duration leadFor(Duration startUp) {
        return startUp.multipliedBy(2).plus(MARGIN).plusSeconds(5);
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
