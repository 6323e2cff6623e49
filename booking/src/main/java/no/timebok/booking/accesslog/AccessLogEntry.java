package no.timebok.booking.accesslog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.timebok.booking.identity.StaffRole;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * One staff read of a patient's data (Normen). Every column is insert-only here, and triggers in
 * the database refuse any UPDATE or DELETE, whoever sends it.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accessed_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant accessedAt;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private long staffUserId;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, updatable = false, length = 16)
    private StaffRole staffRole;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "booking_request_id", updatable = false)
    private Long bookingRequestId;

    @Column(name = "appointment_id", updatable = false)
    private Long appointmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AccessAction action;

    protected AccessLogEntry() {
    }

    public static AccessLogEntry of(long staffUserId, StaffRole role, long clinicId, Long bookingRequestId,
                                    Long appointmentId, AccessAction action, Instant now) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.staffUserId = staffUserId;
        entry.staffRole = role;
        entry.clinicId = clinicId;
        entry.bookingRequestId = bookingRequestId;
        entry.appointmentId = appointmentId;
        entry.action = action;
        entry.accessedAt = now;
        return entry;
    }

    public Instant accessedAt() {
        return accessedAt;
    }

    public long staffUserId() {
        return staffUserId;
    }

    public StaffRole staffRole() {
        return staffRole;
    }

    public Long appointmentId() {
        return appointmentId;
    }

    public Long bookingRequestId() {
        return bookingRequestId;
    }

    public AccessAction action() {
        return action;
    }
}
