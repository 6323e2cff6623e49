package no.timebok.booking.rights.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * One grant, withdrawal or objection for one booking request and purpose. Rows are only ever added
 * (database triggers refuse the rest): the history is the documentation the privacy policy
 * promises, so a withdrawal never erases the grant before it. An objection is never a grant.
 */
@Entity
@Table(name = "consent_event")
public class ConsentEvent {

    /** The version of the newsletter text the public form shows beside its checkbox. */
    public static final String NEWSLETTER_TEXT_VERSION = "newsletter-2026-11";

    /** The version of the unsubscribe page's text, which the person confirmed. */
    public static final String UNSUBSCRIBE_TEXT_VERSION = "unsubscribe-2026-11";

    /** An objection is the person's statement, not an answer to a text the clinic showed. */
    public static final String OBJECTION_TEXT_VERSION = "gdpr-art-21";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_request_id", updatable = false)
    private BookingRequest request;

    @Column(name = "booking_request_id", insertable = false, updatable = false)
    private Long bookingRequestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private ConsentPurpose purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(nullable = false, updatable = false)
    private boolean objection;

    @Column(nullable = false, length = 32, updatable = false)
    private String channel;

    @Column(name = "text_version", nullable = false, length = 32, updatable = false)
    private String textVersion;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant recordedAt;

    @Column(name = "staff_user_id", updatable = false)
    private Long staffUserId;

    @Column(name = "rights_request_id", updatable = false)
    private Long rightsRequestId;

    protected ConsentEvent() {
    }

    public static ConsentEvent newsletterGrantedOnForm(BookingRequest request, Instant now) {
        return of(request, ConsentPurpose.NEWSLETTER, true, false, ConsentChannel.BOOKING_FORM, NEWSLETTER_TEXT_VERSION, now);
    }

    static ConsentEvent newsletterWithdrawnByLink(BookingRequest request, Instant now) {
        return of(request, ConsentPurpose.NEWSLETTER, false, false, ConsentChannel.UNSUBSCRIBE_LINK, UNSUBSCRIBE_TEXT_VERSION, now);
    }

    static ConsentEvent recordedByStaff(BookingRequest request, ConsentChange change, long staffUserId,
                                        long rightsRequestId, Instant now) {
        ConsentEvent event = of(request, change.purpose(), change.granted(), false, change.channel(), change.textVersion(), now);
        event.staffUserId = staffUserId;
        event.rightsRequestId = rightsRequestId;
        return event;
    }

    /** @throws IllegalArgumentException for a purpose that cannot be objected to */
    static ConsentEvent objection(BookingRequest request, ConsentPurpose purpose, long staffUserId, long rightsRequestId,
                                  Instant now) {
        if (!purpose.objectable()) {
            throw new IllegalArgumentException(purpose + " cannot be objected to");
        }
        ConsentEvent event = of(request, purpose, false, true, ConsentChannel.RIGHTS_REQUEST, OBJECTION_TEXT_VERSION, now);
        event.staffUserId = staffUserId;
        event.rightsRequestId = rightsRequestId;
        return event;
    }

    private static ConsentEvent of(BookingRequest request, ConsentPurpose purpose, boolean granted, boolean objection,
                                   ConsentChannel channel, String textVersion, Instant now) {
        ConsentEvent event = new ConsentEvent();
        event.request = request;
        // The column is written through the association; the copy serves reads of events still in
        // this persistence context. A request just submitted has no id until its insert.
        event.bookingRequestId = request == null ? null : request.id();
        event.purpose = purpose;
        event.granted = granted;
        event.objection = objection;
        event.channel = channel.code();
        event.textVersion = textVersion;
        event.recordedAt = now;
        return event;
    }

    public long id() {
        return id;
    }

    public long bookingRequestId() {
        return bookingRequestId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public boolean objection() {
        return objection;
    }

    public String channel() {
        return channel;
    }

    public String textVersion() {
        return textVersion;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Long> staffUserId() {
        return Optional.ofNullable(staffUserId);
    }

    /** What the event means for the purpose from then on. */
    public ConsentState state() {
        return objection ? ConsentState.OBJECTED : granted ? ConsentState.GRANTED : ConsentState.WITHDRAWN;
    }
}
