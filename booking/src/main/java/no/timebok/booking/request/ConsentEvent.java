package no.timebok.booking.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * One granting or withdrawal of a consent. Rows are only ever added: the history is the
 * documentation the privacy policy promises, so a withdrawal never erases the grant before it.
 */
@Entity
@Table(name = "consent_event")
public class ConsentEvent {

    /** The version of the newsletter text the public form shows beside its checkbox. */
    public static final String NEWSLETTER_TEXT_VERSION = "newsletter-2026-11";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_request_id", updatable = false)
    private BookingRequest request;

    @Column(nullable = false, length = 32, updatable = false)
    private String purpose;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(nullable = false, length = 32, updatable = false)
    private String channel;

    @Column(name = "text_version", nullable = false, length = 32, updatable = false)
    private String textVersion;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant recordedAt;

    protected ConsentEvent() {
    }

    public static ConsentEvent newsletterGrantedOnForm(BookingRequest request, Instant now) {
        ConsentEvent event = new ConsentEvent();
        event.request = request;
        event.purpose = "NEWSLETTER";
        event.granted = true;
        event.channel = "booking-form";
        event.textVersion = NEWSLETTER_TEXT_VERSION;
        event.recordedAt = now;
        return event;
    }
}
