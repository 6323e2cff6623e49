package no.timebok.messaging.inbound;

import jakarta.persistence.Cacheable;
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
import no.timebok.common.messaging.Channel;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * A message from a patient. Matched to a booking request (clinic and reference) when one is found
 * for the sender, otherwise unmatched (both empty). The text is sealed once the row has an id,
 * which is part of its encryption context. The gateway's own id of the message, when it gives one,
 * is unique per channel (a database key), so a push the gateway repeats is never a second message.
 * Not cacheable: personal data.
 */
@Entity
@Table(name = "inbound_message")
@Cacheable(false)
public class InboundMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id")
    private Long clinicId;

    @Column(name = "subject_reference", length = 12)
    private String subjectReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private Channel channel;

    @Column(length = 254)
    private String sender;

    @Column(name = "body_sealed")
    private byte[] bodySealed;

    @Column(name = "provider_id", length = 120)
    private String providerId;

    @Column(name = "received_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant receivedAt;

    protected InboundMessage() {
    }

    /** @param gatewayId the gateway's own id of the message; empty when it gave none */
    public static InboundMessage received(Channel channel, String sender, Optional<String> gatewayId, Instant now) {
        InboundMessage message = new InboundMessage();
        message.channel = channel;
        message.sender = sender;
        message.providerId = gatewayId.orElse(null);
        message.receivedAt = now;
        return message;
    }

    /** Joins the thread of a booking request. */
    public void matchTo(long clinic, String reference) {
        clinicId = clinic;
        subjectReference = reference;
    }

    public String bodyContext() {
        return "inbound_message.body:" + id;
    }

    public void sealBody(byte[] sealed) {
        bodySealed = sealed;
    }

    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public Optional<Long> clinicId() {
        return Optional.ofNullable(clinicId);
    }

    public Optional<String> subjectReference() {
        return Optional.ofNullable(subjectReference);
    }

    public Channel channel() {
        return channel;
    }

    public Optional<String> sender() {
        return Optional.ofNullable(sender);
    }

    public Optional<byte[]> bodySealed() {
        return Optional.ofNullable(bodySealed);
    }

    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
