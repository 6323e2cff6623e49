package no.timebok.booking.request;

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
import no.timebok.common.persistence.UtcInstantConverter;

/** Who changed a request, how and when. Written beside every change, never changed itself. */
@Entity
@Table(name = "booking_request_event")
public class RequestEvent {

    public enum Kind {
        STATUS, ASSIGNMENT, NOTE, MOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "booking_request_id", nullable = false, updatable = false)
    private long bookingRequestId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant occurredAt;

    @Column(name = "staff_user_id", updatable = false)
    private Long staffUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 16)
    private BookingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", updatable = false, length = 16)
    private BookingStatus toStatus;

    @Column(name = "assigned_to", updatable = false)
    private Long assignedTo;

    protected RequestEvent() {
    }

    static RequestEvent statusChange(long requestId, Long staffUserId, BookingStatus from, BookingStatus to, Instant now) {
        RequestEvent event = base(requestId, staffUserId, Kind.STATUS, now);
        event.fromStatus = from;
        event.toStatus = to;
        return event;
    }

    /** The appointment was moved to another time ({@code staffUserId} null: by the patient, from their link). */
    static RequestEvent moved(long requestId, Long staffUserId, Instant now) {
        return base(requestId, staffUserId, Kind.MOVED, now);
    }

    static RequestEvent assignment(long requestId, long staffUserId, Long assignedTo, Instant now) {
        RequestEvent event = base(requestId, staffUserId, Kind.ASSIGNMENT, now);
        event.assignedTo = assignedTo;
        return event;
    }

    static RequestEvent note(long requestId, long staffUserId, Instant now) {
        return base(requestId, staffUserId, Kind.NOTE, now);
    }

    private static RequestEvent base(long requestId, Long staffUserId, Kind kind, Instant now) {
        RequestEvent event = new RequestEvent();
        event.bookingRequestId = requestId;
        event.staffUserId = staffUserId;
        event.kind = kind;
        event.occurredAt = now;
        return event;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** Empty when the patient made the change. */
    public Long staffUserId() {
        return staffUserId;
    }

    public Kind kind() {
        return kind;
    }

    public BookingStatus fromStatus() {
        return fromStatus;
    }

    public BookingStatus toStatus() {
        return toStatus;
    }

    public Long assignedTo() {
        return assignedTo;
    }
}
