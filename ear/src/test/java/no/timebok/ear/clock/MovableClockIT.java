package no.timebok.ear.clock;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import no.timebok.ear.TimebokDeployment;
import no.timebok.ear.TimebokHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tests of time-driven features rely on moving the server's clock; this proves they can. */
@ExtendWith(TimebokDeployment.class)
class MovableClockIT {

    private final TimebokHttp http = new TimebokHttp();

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void theFormShowsTheDateOfTheMovedClockInOslo() {
        // 23:30 UTC on 30 March 2031 is already 31 March in Oslo (summer time, UTC+2).
        TestClock.set(Instant.parse("2031-03-30T23:30:00Z"));

        String page = http.get("/?lang=en").body();

        assertTrue(page.contains("for example 2031-03-31"), "the form's example date follows the moved clock");
    }

    @Test
    void advancingMovesTheClockOnFromWhereItIs() {
        TestClock.set(Instant.parse("2031-12-31T12:00:00Z"));
        TestClock.advance(Duration.ofDays(1));

        String page = http.get("/?lang=en").body();

        assertTrue(page.contains("for example 2032-01-01"), "the clock moved a day forward");
    }

    @Test
    void resetReturnsToRealTime() {
        TestClock.set(Instant.parse("2031-12-31T12:00:00Z"));
        TestClock.reset();

        String page = http.get("/?lang=en").body();

        assertTrue(page.contains("for example " + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"))),
                "the form shows today's date again");
    }
}
