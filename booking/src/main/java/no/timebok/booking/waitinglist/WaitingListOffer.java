package no.timebok.booking.waitinglist;

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
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.error.ConflictException;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A freed time offered to one waiting patient. While it is open, its time is held for them
 * (the free-times page leaves it out) until it is accepted, or it expires and goes to the next.
 */
@Entity
@Table(name = "waiting_list_offer")
public class WaitingListOffer {

    /** Open until accepted or expired; lost when the time went to someone else before it was accepted. */
    public enum Status {
        OPEN, ACCEPTED, EXPIRED, LOST
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private long resourceId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant endsAt;

    /** The key in the offer's link: 128 random bits. */
    @Column(nullable = false, updatable = false, length = 22)
    private String token;

    @Column(name = "offered_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant offeredAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Version
    private long version;

    protected WaitingListOffer() {
    }

    static WaitingListOffer make(WaitingListEntry entry, long resourceId, Instant start, Duration length, Instant now,
                                 Duration validity) {
        WaitingListOffer offer = new WaitingListOffer();
        offer.entryId = entry.id();
        offer.resourceId = resourceId;
        offer.startsAt = start;
        offer.endsAt = start.plus(length);
        offer.token = ReceiptToken.next();
        offer.offeredAt = now;
        // Never past the time itself: an offer for 09:00 cannot be accepted at 09:30.
        Instant lapses = now.plus(validity);
        offer.expiresAt = lapses.isBefore(start) ? lapses : start;
        offer.status = Status.OPEN;
        return offer;
    }

    /** @throws ConflictException "offer-closed" when it is no longer open or has lapsed */
    void accept(Instant now) {
        if (!isOpenAt(now)) {
            throw closed();
        }
        status = Status.ACCEPTED;
    }

    void expire() {
        status = Status.EXPIRED;
    }

    void lost() {
        status = Status.LOST;
    }

    boolean isOpenAt(Instant now) {
        return status == Status.OPEN && now.isBefore(expiresAt);
    }

    static ConflictException closed() {
        return new ConflictException("offer-closed", "waiting.offerClosed");
    }

    public Long id() {
        return id;
    }

    public long entryId() {
        return entryId;
    }

    public long resourceId() {
        return resourceId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    public String token() {
        return token;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Status status() {
        return status;
    }
}
