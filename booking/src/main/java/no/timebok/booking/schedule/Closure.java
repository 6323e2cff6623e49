package no.timebok.booking.schedule;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.common.error.FieldErrors;

/** Days a resource, or the whole clinic, takes no appointments (the summer weeks, a course). */
@Entity
@Table(name = "closure")
// Not in the shared cache: administrators change it, and another node of a cluster would keep
// offering the old hours or lengths from its own cache.
@Cacheable(false)
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

    /**
     * A closure as an administrator enters it. The reason is shown to staff only ("Sommerferie"),
     * never to patients.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "lastDay" or "reason"
     */
    public static Closure create(long clinicId, Long resourceId, LocalDate firstDay, LocalDate lastDay, String reason) {
        FieldErrors errors = new FieldErrors();
        String trimmed = reason == null ? "" : reason.strip();
        if (lastDay.isBefore(firstDay)) {
            errors.add("lastDay", "setup.closure.order");
        }
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            errors.add("reason", "setup.reason.invalid");
        }
        errors.throwIfAny();
        return new Closure(clinicId, resourceId, firstDay, lastDay, trimmed);
    }

    public Long id() {
        return id;
    }

    public long clinicId() {
        return clinicId;
    }

    public Optional<Long> resourceId() {
        return Optional.ofNullable(resourceId);
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String reason() {
        return reason;
    }

    public boolean closes(long resource, LocalDate day) {
        return (resourceId == null || resourceId == resource) && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }
}
