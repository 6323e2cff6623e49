package no.timebok.booking.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.error.ConflictException;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A booked time for a request. The time it holds is guarded in the database by its cells (see
 * V5__scheduling.sql); this entity keeps its own rules about what may change once it is cancelled.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_request_id", nullable = false, updatable = false)
    private long bookingRequestId;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "resource_id", nullable = false)
    private long resourceId;

    @Column(name = "starts_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppointmentStatus status;

    /** The key in the patient's link: 128 random bits, like the receipt's. */
    @Column(name = "patient_token", nullable = false, unique = true, length = 22, updatable = false)
    private String patientToken;

    @Column(name = "patient_confirmed_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant patientConfirmedAt;

    @Column(name = "cancel_notice_due", nullable = false)
    private boolean cancelNoticeDue;

    /** The message the patient's own booking or move owes them, until {@link #patientNoticeSent}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "patient_notice_due", length = 32)
    private MessageKind patientNoticeDue;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant createdAt;

    /** The staff member who booked it; null when the patient picked the time themselves. */
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Version
    private long version;

    protected Appointment() {
    }

    static Appointment book(long bookingRequestId, long clinicId, long resourceId, Instant start, Duration length,
                            Long staffUserId, Instant now) {
        Appointment appointment = new Appointment();
        appointment.bookingRequestId = bookingRequestId;
        appointment.clinicId = clinicId;
        appointment.resourceId = resourceId;
        appointment.startsAt = start;
        appointment.endsAt = start.plus(length);
        appointment.status = AppointmentStatus.BOOKED;
        appointment.patientToken = ReceiptToken.next();
        appointment.createdAt = now;
        appointment.createdBy = staffUserId;
        return appointment;
    }

    /** The time a patient picked themselves: no staff member booked it. */
    public static Appointment bookByPatient(long bookingRequestId, long clinicId, long resourceId, Instant start,
                                            Duration length, Instant now) {
        return book(bookingRequestId, clinicId, resourceId, start, length, null, now);
    }

    /** Moves it to another time of the same length; the patient is to confirm the new time again. */
    public void moveTo(long newResourceId, Instant newStart) {
        requireBooked();
        Duration length = Duration.between(startsAt, endsAt);
        resourceId = newResourceId;
        startsAt = newStart;
        endsAt = newStart.plus(length);
        patientConfirmedAt = null;
    }

    void cancel() {
        requireBooked();
        status = AppointmentStatus.CANCELLED;
        // A booking or move not yet told is not worth telling now; the cancellation is.
        patientNoticeDue = null;
    }

    /**
     * The patient booked or moved this themselves: {@code kind} is owed them until it is queued. A
     * move before the booking was told still owes the booking's message, now with the new time.
     */
    public void owePatientNotice(MessageKind kind) {
        if (kind != MessageKind.APPOINTMENT_BOOKED && kind != MessageKind.APPOINTMENT_RESCHEDULED) {
            throw new IllegalArgumentException("Not a booking or a move: " + kind);
        }
        if (patientNoticeDue != MessageKind.APPOINTMENT_BOOKED) {
            patientNoticeDue = kind;
        }
    }

    Optional<MessageKind> patientNoticeDue() {
        return Optional.ofNullable(patientNoticeDue);
    }

    void patientNoticeSent() {
        patientNoticeDue = null;
    }

    /** Cancelled through the patient's link: the cancellation message is owed until {@link #cancelNoticeSent}. */
    void cancelByPatient() {
        cancel();
        cancelNoticeDue = true;
    }

    void cancelNoticeSent() {
        cancelNoticeDue = false;
    }

    void confirmByPatient(Instant now) {
        requireBooked();
        if (patientConfirmedAt == null) {
            patientConfirmedAt = now;
        }
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new ConflictException("appointment-cancelled", "appointment.cancelled");
        }
    }

    public boolean bookedByPatient() {
        return createdBy == null;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public Long id() {
        return id;
    }

    public long bookingRequestId() {
        return bookingRequestId;
    }

    public long clinicId() {
        return clinicId;
    }

    public long resourceId() {
        return resourceId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public AppointmentStatus status() {
        return status;
    }

    public String patientToken() {
        return patientToken;
    }

    public Optional<Instant> patientConfirmedAt() {
        return Optional.ofNullable(patientConfirmedAt);
    }
}
