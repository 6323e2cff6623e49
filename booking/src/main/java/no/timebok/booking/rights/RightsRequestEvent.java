package no.timebok.booking.rights;

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
import java.util.Optional;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * One step in answering a rights request. Append-only (database triggers refuse updates and
 * deletes), because it documents that the clinic answered, and how, within the deadline.
 * The detail is a count or a code, never personal data.
 */
@Entity
@Table(name = "rights_request_event")
public class RightsRequestEvent {

    private static final int MAX_DETAIL = 400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rights_request_id", nullable = false, updatable = false)
    private long rightsRequestId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant occurredAt;

    @Column(name = "staff_user_id", nullable = false, updatable = false)
    private long staffUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private RightsAction action;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    protected RightsRequestEvent() {
    }

    static RightsRequestEvent of(long rightsRequestId, long staffUserId, RightsAction action, String detail, Instant now) {
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("An event's detail is a short code, at most " + MAX_DETAIL + " characters");
        }
        RightsRequestEvent event = new RightsRequestEvent();
        event.rightsRequestId = rightsRequestId;
        event.staffUserId = staffUserId;
        event.action = action;
        event.detail = detail;
        event.occurredAt = now;
        return event;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public long staffUserId() {
        return staffUserId;
    }

    public RightsAction action() {
        return action;
    }

    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
