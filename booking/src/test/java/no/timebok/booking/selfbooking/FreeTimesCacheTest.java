package no.timebok.booking.selfbooking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.schedule.SlotCalendar.FreeSlot;
import no.timebok.booking.schedule.SlotCalendarChanged;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.testing.MovableClock;
import org.junit.jupiter.api.Test;

class FreeTimesCacheTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Instant NOW = Instant.parse("2027-03-08T07:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 8);
    private static final long CLINIC = 1;

    private final MovableClock clock = new MovableClock(NOW, OSLO);
    private final CountedFreeTimes freeTimes = new CountedFreeTimes();
    private final VisitType followUp = visitType(12, CLINIC);

    @Test
    void aWeekIsWorkedOutOnceWithinItsLifetimeAndAgainAfter() {
        FreeTimesCache cache = cache("PT5S");

        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        clock.advance(Duration.ofSeconds(4));
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        assertEquals(1, freeTimes.workedOut);

        clock.advance(Duration.ofSeconds(1));
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        assertEquals(2, freeTimes.workedOut);
    }

    @Test
    void aChangeAtTheClinicDropsItsWeeksAndAnotherClinicsDoesNot() {
        FreeTimesCache cache = cache("PT1H");
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));

        cache.drop(new SlotCalendarChanged(CLINIC + 1));
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        assertEquals(1, freeTimes.workedOut);

        cache.drop(new SlotCalendarChanged(CLINIC));
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        assertEquals(2, freeTimes.workedOut);
    }

    @Test
    void aWeekWorkedOutWhileAChangeCommittedIsNotKept() {
        FreeTimesCache cache = cache("PT1H");
        freeTimes.whileWorkingOut = () -> cache.drop(new SlotCalendarChanged(CLINIC));

        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        freeTimes.whileWorkingOut = () -> { };
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));

        assertEquals(2, freeTimes.workedOut);
    }

    @Test
    void theDeadlineIsCutOnEveryReadNotWhenTheWeekWasKept() {
        FreeTimesCache cache = cache("PT1H");
        // The stub's deadline is an hour.
        freeTimes.slots = List.of(slot(NOW.plus(Duration.ofMinutes(90))), slot(NOW.plus(Duration.ofMinutes(120))),
                slot(NOW.plus(Duration.ofMinutes(150))));

        assertEquals(3, cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6)).size());
        clock.advance(Duration.ofMinutes(45));

        assertEquals(List.of(NOW.plus(Duration.ofMinutes(120)), NOW.plus(Duration.ofMinutes(150))),
                cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6)).stream().map(FreeSlot::start).toList());
        assertEquals(1, freeTimes.workedOut);
    }

    @Test
    void oneTimePerStartInTheResourcesOrder() {
        FreeTimesCache cache = cache("PT1H");
        Instant start = NOW.plus(Duration.ofHours(2));
        freeTimes.slots = List.of(new FreeSlot(3, start, start.plus(Duration.ofMinutes(30))),
                new FreeSlot(1, start, start.plus(Duration.ofMinutes(30))));

        assertEquals(List.of(3L), cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6)).stream().map(FreeSlot::resourceId).toList());
    }

    @Test
    void zeroKeepsNothing() {
        FreeTimesCache cache = cache("PT0S");

        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));
        cache.onePerStart(followUp, MONDAY, MONDAY.plusDays(6));

        assertEquals(2, freeTimes.workedOut);
    }

    private FreeTimesCache cache(String lifetime) {
        FreeTimesCache cache = new FreeTimesCache();
        cache.freeTimes = freeTimes;
        cache.clock = clock;
        cache.config = new TimebokConfig(key -> Optional.ofNullable(Map.of("timebok.self-booking.free-times-cache", lifetime).get(key)));
        cache.readLifetime();
        return cache;
    }

    private static FreeSlot slot(Instant start) {
        return new FreeSlot(7, start, start.plus(Duration.ofMinutes(30)));
    }

    private static VisitType visitType(long id, long clinicId) {
        return new VisitType() {
            @Override
            public Long id() {
                return id;
            }

            @Override
            public Long clinicId() {
                return clinicId;
            }
        };
    }

    /** Free times without a database: a deadline of one hour, and a count of the weeks worked out. */
    private static final class CountedFreeTimes extends FreeTimes {
        int workedOut;
        List<FreeSlot> slots = List.of();
        Runnable whileWorkingOut = () -> { };

        @Override
        public Optional<Span> span(VisitType type, LocalDate from, LocalDate until, Instant now) {
            return Optional.of(new Span(from, until, now.plus(Duration.ofHours(1))));
        }

        @Override
        public List<FreeSlot> uncut(VisitType type, Span span) {
            workedOut++;
            whileWorkingOut.run();
            return slots;
        }

        @Override
        public List<FreeSlot> between(VisitType type, LocalDate from, LocalDate until) {
            workedOut++;
            return slots;
        }
    }
}
