package no.timebok.booking.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import no.timebok.common.error.FieldErrors;

/**
 * A clinic's rules for patients who pick, move or cancel a time themselves: how far ahead times are
 * offered, how close to the start a patient may still change anything, and whether a patient who
 * finds no time may join the waiting list.
 */
@Embeddable
public class SelfBookingRules {

    public static final int MAX_HORIZON_DAYS = 365;
    public static final int MAX_DEADLINE_HOURS = 336;

    @Column(name = "booking_horizon_days", nullable = false)
    private int horizonDays = 90;

    @Column(name = "change_deadline_hours", nullable = false)
    private int deadlineHours = 24;

    @Column(name = "waiting_list", nullable = false)
    private boolean waitingList;

    protected SelfBookingRules() {
    }

    /**
     * @throws no.timebok.common.error.InvalidInputException naming "horizonDays" or "deadlineHours"
     */
    public static SelfBookingRules of(int horizonDays, int deadlineHours, boolean waitingList) {
        FieldErrors errors = new FieldErrors();
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            errors.add("horizonDays", "setup.horizon.invalid");
        }
        if (deadlineHours < 0 || deadlineHours > MAX_DEADLINE_HOURS) {
            errors.add("deadlineHours", "setup.deadline.invalid");
        }
        errors.throwIfAny();
        SelfBookingRules rules = new SelfBookingRules();
        rules.horizonDays = horizonDays;
        rules.deadlineHours = deadlineHours;
        rules.waitingList = waitingList;
        return rules;
    }

    /** Whether a patient may still book, move or cancel a time that starts at {@code start}. */
    public boolean allowsChangeOf(Instant start, Instant now) {
        return !start.isBefore(now.plus(Duration.ofHours(deadlineHours)));
    }

    /** The last day on which times are offered, counting today as the first. */
    public LocalDate lastOfferedDay(LocalDate today) {
        return today.plusDays(horizonDays - 1L);
    }

    public int horizonDays() {
        return horizonDays;
    }

    public int deadlineHours() {
        return deadlineHours;
    }

    public boolean waitingList() {
        return waitingList;
    }
}
