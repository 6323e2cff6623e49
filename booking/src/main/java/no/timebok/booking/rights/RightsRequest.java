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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.error.ConflictException;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A person's request to exercise a right, registered by a privacy officer of one clinic.
 * <p>
 * Invariants: the answer is due one calendar month after the day it was received (GDPR art. 12(3);
 * the 31st gives the last day of a shorter month); the identifier the person was matched by, and the
 * note on how their identity was checked, are sealed to this row; once answered it stays answered.
 */
@Entity
@Table(name = "rights_request")
public class RightsRequest {

    /** Longest note on an identity check. */
    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 22, updatable = false)
    private String token;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private RightsRequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "matched_by", nullable = false, length = 16, updatable = false)
    private MatchedBy matchedBy;

    @Column(name = "match_key_sealed", nullable = false, updatable = false)
    private byte[] matchKeySealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "identity_check", nullable = false, length = 24, updatable = false)
    private IdentityCheck identityCheck;

    @Column(name = "identity_note_sealed", updatable = false)
    private byte[] identityNoteSealed;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RightsRequestStatus status;

    @Column(name = "matched_requests", nullable = false, updatable = false)
    private int matchedRequests;

    @Column(name = "registered_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private long registeredBy;

    @Column(name = "closed_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant closedAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Version
    private long version;

    protected RightsRequest() {
    }

    /** A newly registered request, open, due one month after {@code receivedOn}. */
    public static RightsRequest register(RightsRegistration registration, int matchedRequests, long staffUserId,
                                         FieldCipher cipher, Instant now) {
        RightsRequest request = new RightsRequest();
        request.token = ReceiptToken.next();
        request.clinicId = registration.clinicId();
        request.kind = registration.kind();
        request.matchedBy = registration.matchedBy();
        request.matchKeySealed = cipher.seal(registration.matchKey(), request.sealContext("match_key"));
        request.identityCheck = registration.identityCheck();
        request.identityNoteSealed = registration.identityNote()
                .map(note -> cipher.seal(note, request.sealContext("identity_note"))).orElse(null);
        request.receivedOn = registration.receivedOn();
        request.dueOn = dueFor(registration.receivedOn());
        request.status = RightsRequestStatus.OPEN;
        request.matchedRequests = matchedRequests;
        request.registeredAt = now;
        request.registeredBy = staffUserId;
        return request;
    }

    /** One calendar month after receipt; {@link LocalDate#plusMonths} keeps the 31st inside a shorter month. */
    public static LocalDate dueFor(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    /** An event of this request, done now by a staff member. */
    public RightsRequestEvent record(RightsAction action, String detail, long staffUserId, Instant now) {
        return RightsRequestEvent.of(id, staffUserId, action, detail, now);
    }

    /** Records the request as answered; the date is the proof the deadline was kept, so it is set once. */
    public void answer(long staffUserId, Instant now) {
        if (status == RightsRequestStatus.ANSWERED) {
            throw new ConflictException("already-answered", "rights.alreadyAnswered");
        }
        status = RightsRequestStatus.ANSWERED;
        closedAt = now;
        closedBy = staffUserId;
    }

    /** Open past its due day, in the clinic's calendar. */
    public boolean isOverdue(LocalDate today) {
        return status == RightsRequestStatus.OPEN && today.isAfter(dueOn);
    }

    /** Days until the due day (0 on the day itself), negative when overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    public String matchKey(FieldCipher cipher) {
        return cipher.open(matchKeySealed, sealContext("match_key"));
    }

    public Optional<String> identityNote(FieldCipher cipher) {
        return Optional.ofNullable(identityNoteSealed).map(sealed -> cipher.open(sealed, sealContext("identity_note")));
    }

    private String sealContext(String column) {
        return "rights_request." + column + "/" + token;
    }

    public Long id() {
        return id;
    }

    public long clinicId() {
        return clinicId;
    }

    public RightsRequestKind kind() {
        return kind;
    }

    public MatchedBy matchedBy() {
        return matchedBy;
    }

    public IdentityCheck identityCheck() {
        return identityCheck;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public RightsRequestStatus status() {
        return status;
    }

    public int matchedRequests() {
        return matchedRequests;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
