package no.timebok.messaging.outbox;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.TemplateField;
import no.timebok.common.persistence.UtcInstantConverter;

/**
 * One message to a patient, written in the transaction of the change that caused it.
 * <p>
 * Invariants: a queued message has a channel and a recipient on that channel; a held message has
 * no channel and says why it is held; an SMS is only chosen while both daily caps have room.
 * The template fields are only the allow-listed {@link TemplateField}s, stored as JSON.
 * <p>
 * Not cacheable: the recipient is personal data, and erasing it must leave no copy behind.
 */
@Entity
@Table(name = "outbox_message")
@Cacheable(false)
public class OutboxMessage {

    /** The mobile number has had its SMS for today, and there is no email to fall back on. */
    public static final String HELD_SMS_CAP_NUMBER = "sms-cap-number";

    /** The clinic has used its SMS for today, and there is no email to fall back on. */
    public static final String HELD_SMS_CAP_CLINIC = "sms-cap-clinic";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private MessageKind kind;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "subject_reference", nullable = false, length = 12, updatable = false)
    private String subjectReference;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Channel channel;

    @Column(length = 254)
    private String recipient;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(name = "fields_json")
    private String fieldsJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private OutboxState state;

    @Column(name = "held_reason", length = 40)
    private String heldReason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant createdAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    /**
     * Writes a message on the channel the caps allow: SMS when a mobile number is given and both
     * today's counts are below their caps; otherwise email when an address is given; otherwise
     * held. When both caps are reached the number's cap is named, as the more specific reason.
     *
     * @param smsToNumberToday SMS already queued today to the message's mobile number
     * @param smsForClinicToday SMS already queued today for the message's clinic
     * @param smsCapPerNumber most SMS per number per day, at least 1
     * @param smsCapPerClinic most SMS per clinic per day, at least 1
     */
    public static OutboxMessage queue(OutboundMessage message, long smsToNumberToday, long smsForClinicToday,
                                      int smsCapPerNumber, int smsCapPerClinic, Instant now) {
        if (smsCapPerNumber < 1 || smsCapPerClinic < 1) {
            throw new IllegalArgumentException("SMS caps must be at least 1");
        }
        boolean numberCapped = smsToNumberToday >= smsCapPerNumber;
        boolean clinicCapped = smsForClinicToday >= smsCapPerClinic;

        OutboxMessage outbox = new OutboxMessage();
        outbox.kind = message.kind();
        outbox.clinicId = message.clinicId();
        outbox.subjectReference = message.subjectReference();
        outbox.language = message.language();
        outbox.fieldsJson = TemplateFieldsJson.write(message.fields());
        outbox.createdAt = now;
        if (message.mobileE164().isPresent() && !numberCapped && !clinicCapped) {
            outbox.send(Channel.SMS, message.mobileE164().get(), now);
        } else if (message.email().isPresent()) {
            outbox.send(Channel.EMAIL, message.email().get(), now);
        } else {
            // The contract guarantees a mobile number when there is no email: keep it, so staff
            // can still reach the patient once they release the message.
            outbox.hold(message.mobileE164().orElseThrow(), numberCapped ? HELD_SMS_CAP_NUMBER : HELD_SMS_CAP_CLINIC);
        }
        return outbox;
    }

    /**
     * Where today's cap counting starts: midnight of the calendar day, in the clinic group's zone,
     * that holds {@code now}. Across a daylight-saving change that day is 23 or 25 hours long.
     */
    public static Instant capDayStart(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    private void send(Channel chosen, String address, Instant now) {
        channel = chosen;
        recipient = address;
        state = OutboxState.QUEUED;
        nextAttemptAt = now;
    }

    private void hold(String address, String reason) {
        recipient = address;
        state = OutboxState.HELD;
        heldReason = reason;
    }

    /** Assigned when the row is written; empty before. */
    public Optional<Long> id() {
        return Optional.ofNullable(id);
    }

    public MessageKind kind() {
        return kind;
    }

    public long clinicId() {
        return clinicId;
    }

    public String subjectReference() {
        return subjectReference;
    }

    /** "nb" or "en". */
    public String language() {
        return language;
    }

    /** Empty while the message is held. */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /** Empty once retention has erased it. */
    public Optional<String> recipient() {
        return Optional.ofNullable(recipient);
    }

    /** Empty once retention has erased them. */
    public Optional<Map<TemplateField, String>> fields() {
        return Optional.ofNullable(fieldsJson).map(TemplateFieldsJson::read);
    }

    public OutboxState state() {
        return state;
    }

    public Optional<String> heldReason() {
        return Optional.ofNullable(heldReason);
    }

    /** When the relay may next try; empty while held. */
    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
