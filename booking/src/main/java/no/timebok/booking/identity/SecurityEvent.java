package no.timebok.booking.identity;

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

/** A failed login or a denied access, for the security review. Append-only. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    public enum Kind {
        LOGIN_FAILED, LOGIN_LOCKED_OUT, LOGIN_SUCCEEDED, ACCESS_DENIED, NOT_FOUND_OUTSIDE_CLINIC,
        /** An administrator (the event's staff user) made, changed or reset the account in the path. */
        ACCOUNT_CREATED, ACCOUNT_CHANGED, CREDENTIALS_RESET,
        /** A session ended because its account was deactivated, changed or reset after its login. */
        SESSION_REVOKED,
        /** An administrator (the event's staff user) issued or revoked the partner's client key in the path. */
        API_CLIENT_ISSUED, API_CLIENT_REVOKED,
        /** An administrator (the event's staff user) set up the group, a clinic or a kind of visit in the path. */
        CLINIC_GROUP_CHANGED, CLINIC_CREATED, CLINIC_CHANGED, VISIT_TYPE_CREATED, VISIT_TYPE_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private Kind kind;

    @Column(name = "staff_user_id", updatable = false)
    private Long staffUserId;

    @Column(name = "client_address", length = 45, updatable = false)
    private String clientAddress;

    @Column(length = 200, updatable = false)
    private String path;

    protected SecurityEvent() {
    }

    /** {@code path} must hold no personal data: callers pass the servlet path, never a query string. */
    public static SecurityEvent of(Kind kind, Long staffUserId, String clientAddress, String path, Instant now) {
        SecurityEvent event = new SecurityEvent();
        event.kind = kind;
        event.staffUserId = staffUserId;
        event.clientAddress = clientAddress;
        event.path = path == null ? null : path.substring(0, Math.min(path.length(), 200));
        event.occurredAt = now;
        return event;
    }
}
