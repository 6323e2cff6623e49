package no.timebok.booking.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening interval on one weekday, in the clinic's local time. */
@Embeddable
public class OpeningHours {

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected OpeningHours() {
    }

    public OpeningHours(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("closes before it opens");
        }
        this.dayOfWeek = day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public DayOfWeek day() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }
}
