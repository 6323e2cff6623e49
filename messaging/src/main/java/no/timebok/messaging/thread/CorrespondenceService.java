package no.timebok.messaging.thread;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.Direction;
import no.timebok.common.messaging.MessageProblem;
import no.timebok.common.messaging.MessageState;
import no.timebok.common.messaging.PatientCorrespondence;
import no.timebok.common.messaging.ProcessingRestrictedException;
import no.timebok.common.messaging.QueuedMessage;
import no.timebok.common.messaging.StaffMessage;
import no.timebok.common.messaging.ThreadEntry;
import no.timebok.common.messaging.UnmatchedReply;
import no.timebok.common.validation.EmailAddresses;
import no.timebok.common.validation.PhoneNumbers;
import no.timebok.messaging.inbound.InboundMessage;
import no.timebok.messaging.inbound.InboundRepository;
import no.timebok.messaging.outbox.OutboxMessage;
import no.timebok.messaging.outbox.OutboxRepository;
import no.timebok.messaging.restriction.RestrictionRepository;
import no.timebok.messaging.template.MessageRenderer;
import no.timebok.messaging.template.TemplateRepository;

/** Staff's side of the correspondence, found under {@link PatientCorrespondence#JNDI_NAME}. */
@Stateless(name = PatientCorrespondence.BEAN)
public class CorrespondenceService implements PatientCorrespondence {

    private static final Logger LOG = Logger.getLogger(CorrespondenceService.class.getName());

    @Inject
    OutboxRepository outbox;

    @Inject
    InboundRepository inbound;

    @Inject
    TemplateRepository templates;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    RestrictionRepository restrictions;

    @Override
    public QueuedMessage write(StaffMessage message) {
        // Before the fields: nothing the staff member could correct makes the message sendable.
        if (restrictions.isRestricted(message.clinicId(), message.subjectReference())) {
            throw new ProcessingRestrictedException("thread.restricted");
        }
        FieldErrors errors = new FieldErrors();
        if (message.text().isBlank()) {
            errors.add("text", "message.text.required");
        } else if (message.text().length() > StaffMessage.MAX_TEXT_LENGTH) {
            errors.add("text", "message.text.too-long");
        }
        Optional<String> recipient = message.channel() == Channel.SMS
                ? PhoneNumbers.toE164(message.recipient()).filter(PhoneNumbers::isMobile)
                : EmailAddresses.normalise(message.recipient());
        if (recipient.isEmpty()) {
            errors.add("recipient", message.channel() == Channel.SMS ? "message.recipient.mobile" : "message.recipient.email");
        }
        errors.throwIfAny();
        OutboxMessage written = OutboxMessage.written(message.clinicId(), message.subjectReference(), message.channel(),
                recipient.orElseThrow(), message.language(), clock.instant());
        outbox.add(written);
        written.sealBody(cipher.seal(message.text(), written.bodyContext()));
        long id = written.id().orElseThrow();
        LOG.info(() -> "Outbox message " + id + " (STAFF_MESSAGE) queued for " + message.channel());
        return new QueuedMessage(id, Optional.of(message.channel()), Optional.empty());
    }

    @Override
    public List<ThreadEntry> thread(long clinicId, String subjectReference) {
        List<ThreadEntry> entries = new ArrayList<>();
        for (OutboxMessage out : outbox.thread(clinicId, subjectReference)) {
            entries.add(new ThreadEntry(out.id().orElseThrow(), Direction.OUT,
                    out.channel().orElse(Channel.SMS), Optional.of(out.kind()), textOf(out),
                    out.state().asMessageState(), out.failureReason().or(out::heldReason), out.createdAt()));
        }
        for (InboundMessage in : inbound.thread(clinicId, subjectReference)) {
            entries.add(new ThreadEntry(in.id().orElseThrow(), Direction.IN, in.channel(), Optional.empty(),
                    textOf(in), MessageState.RECEIVED, Optional.empty(), in.receivedAt()));
        }
        entries.sort(Comparator.comparing(ThreadEntry::at));
        return entries;
    }

    @Override
    public List<MessageProblem> problems(long clinicId, int limit) {
        return outbox.problems(clinicId, limit).stream()
                .map(m -> new MessageProblem(m.id().orElseThrow(), m.subjectReference(), m.kind(), m.channel(),
                        m.state().asMessageState(), m.failureReason().or(m::heldReason).orElse(""), m.createdAt()))
                .toList();
    }

    @Override
    public List<UnmatchedReply> unmatchedReplies(int limit) {
        return inbound.unmatched(limit).stream()
                .map(m -> new UnmatchedReply(m.id().orElseThrow(), m.channel(), m.sender(), textOf(m), m.receivedAt()))
                .toList();
    }

    /** What the patient saw: the staff text, or the template filled in; empty once erased. */
    private Optional<String> textOf(OutboxMessage message) {
        if (message.bodySealed().isPresent()) {
            return Optional.of(cipher.open(message.bodySealed().get(), message.bodyContext()));
        }
        Optional<Map<no.timebok.common.messaging.TemplateField, String>> fields = message.fields();
        return fields.flatMap(values -> templates.find(message.kind(), message.language())
                .map(template -> MessageRenderer.render(template.text(), values, Optional.empty()).text()));
    }

    private Optional<String> textOf(InboundMessage message) {
        return message.bodySealed().map(sealed -> cipher.open(sealed, message.bodyContext()));
    }
}
