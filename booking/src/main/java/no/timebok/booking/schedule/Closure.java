package no.timebok.booking.schedule;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days a resource, or the whole clinic, takes no appointments (the summer weeks, a course). */
@Entity
@Table(name = "closure")
@Cacheable
public class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false)
    private long clinicId;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = 200)
    private String reason;

    protected Closure() {
    }

    public Closure(long clinicId, Long resourceId, LocalDate firstDay, LocalDate lastDay, String reason) {
        this.clinicId = clinicId;
        this.resourceId = resourceId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    public boolean closes(long resource, LocalDate day) {
        return (resourceId == null || resourceId == resource) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
