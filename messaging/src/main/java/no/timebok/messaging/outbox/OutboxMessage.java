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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.messaging.NewsletterMessage;
import no.timebok.common.messaging.OutboundMessage;
import no.timebok.common.messaging.PatientMessages;
import no.timebok.common.messaging.ProcessingRestrictedException;
import no.timebok.common.messaging.TemplateField;
import no.timebok.common.persistence.UtcInstantConverter;
import no.timebok.common.validation.EmailAddresses;
import no.timebok.messaging.template.MessageRenderer;

/**
 * One message to a patient, written in the transaction of the change that caused it.
 * <p>
 * States: see {@link OutboxState}. The relay claims a message by SQL (state SENDING, attempts + 1,
 * next attempt time = end of its lease); every later move goes through the methods here.
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

    /** The data subject has restricted processing; see {@link ProcessingRestrictedException}. */
    public static final String HELD_RESTRICTED = ProcessingRestrictedException.HELD_REASON;

    private static final int NEWSLETTER_SUBJECT_COLUMN = 200;
    private static final int UNSUBSCRIBE_URL_COLUMN = 1000;

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

    @Column(name = "appointment_key", length = 64, updatable = false)
    private String appointmentKey;

    @Column(name = "body_sealed")
    private byte[] bodySealed;

    /** A newsletter's subject; other kinds take theirs from the template. */
    @Column(length = NEWSLETTER_SUBJECT_COLUMN, updatable = false)
    private String subject;

    @Column(name = "unsubscribe_url", length = UNSUBSCRIBE_URL_COLUMN)
    private String unsubscribeUrl;

    /** A measured newsletter copy's open marker; like the unsubscribe address it names a copy, so erasure forgets it. */
    @Column(name = "open_marker_url", length = UNSUBSCRIBE_URL_COLUMN)
    private String openMarkerUrl;

    /** A measured newsletter copy's redirects, keyed by the address in the text (see {@link NewsletterLinksJson}). */
    @Column(name = "links_json")
    private String linksJson;

    @Column(name = "failure_reason", length = 200)
    private String failureReason;

    @Column(name = "provider_id", length = 120)
    private String providerId;

    @Column(name = "sms_parts")
    private Integer smsParts;

    @Column(name = "sent_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant sentAt;

    @Column(name = "delivered_at")
    @Convert(converter = UtcInstantConverter.class)
    private Instant deliveredAt;

    /** Set by the relay's claim of an SMS; while set, a copy may be at the gateway unknown to us. */
    @Column(name = "unconfirmed_since")
    @Convert(converter = UtcInstantConverter.class)
    private Instant unconfirmedSince;

    /** Sends made while an earlier send was unconfirmed (set by the claim): each a possible second SMS. */
    @Column(name = "ambiguous_resends", nullable = false)
    private int ambiguousResends;

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
        outbox.language = message.language().tag();
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

    /** A reminder: like {@link #queue}, but due at {@code dueAt} and tied to the appointment. */
    public static OutboxMessage reminder(OutboundMessage message, String appointmentKey, Instant dueAt,
                                         long smsToNumberToday, long smsForClinicToday,
                                         int smsCapPerNumber, int smsCapPerClinic, Instant now) {
        OutboxMessage reminder = queue(message, smsToNumberToday, smsForClinicToday, smsCapPerNumber, smsCapPerClinic, now);
        reminder.appointmentKey = appointmentKey;
        if (reminder.state == OutboxState.QUEUED) {
            reminder.nextAttemptAt = dueAt;
        }
        return reminder;
    }

    /**
     * One copy of a newsletter, by email whatever the SMS caps say; held when the reference's
     * processing is restricted. Its text is sealed once the row has an id (see {@link #sealBody}).
     * The subject becomes one line, so it can never start another mail header.
     *
     * @throws InvalidInputException naming "subject" or "text" when blank or too long, "email" when it
     *         is no email address, or "unsubscribeUrl" when the address does not fit its column
     */
    public static OutboxMessage newsletter(NewsletterMessage message, boolean restricted, Instant now) {
        FieldErrors errors = new FieldErrors();
        String oneLineSubject = MessageRenderer.oneLine(message.subject());
        if (oneLineSubject.isBlank()) {
            errors.add("subject", "newsletter.subject.required");
        } else if (oneLineSubject.length() > PatientMessages.NEWSLETTER_MAX_SUBJECT) {
            errors.add("subject", "newsletter.subject.too-long");
        }
        if (message.text().isBlank()) {
            errors.add("text", "newsletter.text.required");
        } else if (message.text().length() > PatientMessages.NEWSLETTER_MAX_TEXT) {
            errors.add("text", "newsletter.text.too-long");
        }
        Optional<String> email = EmailAddresses.normalise(message.email());
        if (email.isEmpty()) {
            errors.add("email", "newsletter.email.invalid");
        }
        if (message.unsubscribeUrl().toString().length() > UNSUBSCRIBE_URL_COLUMN) {
            errors.add("unsubscribeUrl", "newsletter.unsubscribe.too-long");
        }
        if (message.openMarker().map(URI::toString).map(String::length).orElse(0) > UNSUBSCRIBE_URL_COLUMN) {
            errors.add("openMarkerUrl", "newsletter.open-marker.too-long");
        }
        errors.throwIfAny();
        OutboxMessage outbox = new OutboxMessage();
        outbox.kind = MessageKind.NEWSLETTER;
        outbox.clinicId = message.clinicId();
        outbox.subjectReference = message.subjectReference();
        outbox.language = message.language().tag();
        outbox.subject = oneLineSubject;
        outbox.unsubscribeUrl = message.unsubscribeUrl().toString();
        outbox.openMarkerUrl = message.openMarker().map(URI::toString).orElse(null);
        outbox.linksJson = message.links().isEmpty() ? null : NewsletterLinksJson.write(message.links());
        outbox.createdAt = now;
        if (restricted) {
            outbox.hold(email.get(), HELD_RESTRICTED);
        } else {
            outbox.send(Channel.EMAIL, email.get(), now);
        }
        return outbox;
    }

    /**
     * Holds a message of a reference whose processing is restricted, as long as the relay has not
     * claimed it. A message already held for a cap is held for the restriction instead: that is
     * the reason that matters to staff until it is lifted.
     *
     * @return whether it was waiting to be sent (QUEUED)
     */
    public boolean holdRestricted() {
        if (state != OutboxState.QUEUED && state != OutboxState.HELD) {
            return false;
        }
        boolean wasQueued = state == OutboxState.QUEUED;
        channel = null;
        nextAttemptAt = null;
        hold(recipient, HELD_RESTRICTED);
        return wasQueued;
    }

    /**
     * A message staff wrote, on the channel they chose; its text is sealed once the row has an
     * id (see {@link #sealBody}), because the id is part of the encryption context.
     */
    public static OutboxMessage written(long clinicId, String subjectReference, Channel channel, String recipient,
                                        Language language, Instant now) {
        OutboxMessage outbox = new OutboxMessage();
        outbox.kind = MessageKind.STAFF_MESSAGE;
        outbox.clinicId = clinicId;
        outbox.subjectReference = subjectReference;
        outbox.language = language.tag();
        outbox.fieldsJson = TemplateFieldsJson.write(Map.of(TemplateField.REFERENCE, subjectReference));
        outbox.createdAt = now;
        outbox.send(channel, recipient, now);
        return outbox;
    }

    /** Encryption context of the staff text: bound to this row. */
    public String bodyContext() {
        return "outbox_message.body:" + id().orElseThrow();
    }

    public void sealBody(byte[] sealed) {
        bodySealed = sealed;
    }

    /** A newsletter's subject; empty for every other kind. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** A measured newsletter copy's open marker address; empty for other kinds, unmeasured copies and once erased. */
    public Optional<URI> openMarkerUrl() {
        return Optional.ofNullable(openMarkerUrl).map(URI::create);
    }

    /** A measured newsletter copy's redirects by the address they lead to; empty otherwise and once erased. */
    public Map<String, URI> newsletterLinks() {
        return linksJson == null ? Map.of() : NewsletterLinksJson.read(linksJson);
    }

    /** A newsletter's one-click unsubscribe address; empty for other kinds and once erased. */
    public Optional<URI> unsubscribeUrl() {
        return Optional.ofNullable(unsubscribeUrl).map(URI::create);
    }

    public Optional<byte[]> bodySealed() {
        return Optional.ofNullable(bodySealed);
    }

    /** The relay's gateway or SMTP server accepted the message. A report that came first wins. */
    public void sent(String acceptedAs, Integer parts, Instant now) {
        if (state != OutboxState.SENDING) {
            return;
        }
        state = OutboxState.SENT;
        providerId = acceptedAs;
        smsParts = parts;
        sentAt = now;
        nextAttemptAt = null;
        failureReason = null;
        unconfirmedSince = null;
    }

    /**
     * A send failed. Retried after {@code backoff} doubled for each earlier attempt (at most
     * {@code maxBackoff}) until {@code attemptLimit} attempts have been made; then FAILED.
     * A failure that no retry can mend ({@code permanent}) fails at once.
     */
    public void sendFailed(String reason, boolean permanent, int attemptLimit, Duration backoff, Duration maxBackoff,
                           Instant now) {
        if (state != OutboxState.SENDING) {
            return;
        }
        failureReason = reason;
        // The gateway answered that it did not take this send; copies of earlier unconfirmed
        // sends were counted when this one was claimed, and their reports are still taken.
        unconfirmedSince = null;
        if (permanent || attempts >= attemptLimit) {
            state = OutboxState.FAILED;
            nextAttemptAt = null;
            return;
        }
        state = OutboxState.QUEUED;
        nextAttemptAt = now.plus(backoff(attempts, backoff, maxBackoff));
    }

    /** The wait after the given number of failed attempts: backoff, 2×, 4×, ..., never above max. */
    static Duration backoff(int failedAttempts, Duration backoff, Duration maxBackoff) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait = backoff.multipliedBy(1L << doublings);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /**
     * A send got no answer after its request was written, so the gateway may have taken it, and
     * it does not deduplicate: the message waits {@code window} for a delivery report instead of
     * being retried after its backoff. A report in the window settles it
     * ({@link #deliveryReported}); without one the relay sends it again, counted as an ambiguous
     * resend. At the attempt limit it is FAILED, and a late report still settles it.
     */
    public void sendOutcomeUnknown(String reason, Duration window, int attemptLimit, Instant now) {
        if (state != OutboxState.SENDING) {
            return;
        }
        failureReason = reason;
        if (unconfirmedSince == null) {
            unconfirmedSince = now;
        }
        if (attempts >= attemptLimit) {
            state = OutboxState.FAILED;
            nextAttemptAt = null;
            return;
        }
        state = OutboxState.QUEUED;
        nextAttemptAt = now.plus(window);
    }

    /**
     * The gateway's delivery report. A report names a send that reached the gateway, so a message
     * on its way (SENDING or SENT), waiting after a send (QUEUED), or FAILED while a send was
     * unconfirmed moves; the same report twice, or a late report after another, changes nothing.
     *
     * @return whether the state changed
     */
    public boolean deliveryReported(boolean delivered, String reason, Instant now) {
        boolean onItsWay = state == OutboxState.SENT || state == OutboxState.SENDING
                || state == OutboxState.QUEUED && attempts > 0;
        if (!onItsWay && !(state == OutboxState.FAILED && unconfirmedSince != null)) {
            return false;
        }
        unconfirmedSince = null;
        if (delivered) {
            state = OutboxState.DELIVERED;
            deliveredAt = now;
            failureReason = null;
        } else {
            state = OutboxState.FAILED;
            failureReason = reason;
        }
        nextAttemptAt = null;
        return true;
    }

    /** A reminder that has not gone out yet is no longer wanted. @return whether it was pending */
    public boolean cancel() {
        if (state != OutboxState.QUEUED && state != OutboxState.HELD) {
            return false;
        }
        state = OutboxState.CANCELLED;
        nextAttemptAt = null;
        return true;
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

    public Language language() {
        return Language.of(language);
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

    public int attempts() {
        return attempts;
    }

    public Optional<String> appointmentKey() {
        return Optional.ofNullable(appointmentKey);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    public Optional<Integer> smsParts() {
        return Optional.ofNullable(smsParts);
    }

    /** Since when a send may be at the gateway without our knowing; empty once answered or reported. */
    public Optional<Instant> unconfirmedSince() {
        return Optional.ofNullable(unconfirmedSince);
    }

    public int ambiguousResends() {
        return ambiguousResends;
    }
}
