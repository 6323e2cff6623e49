package no.timebok.booking.correspondence;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.timebok.booking.accesslog.AccessAction;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.queue.QueueService;
import no.timebok.booking.queue.RequestDetail;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.Channel;
import no.timebok.common.messaging.Direction;
import no.timebok.common.messaging.MessageProblem;
import no.timebok.common.messaging.PatientCorrespondence;
import no.timebok.common.messaging.QueuedMessage;
import no.timebok.common.messaging.StaffMessage;
import no.timebok.common.messaging.ThreadEntry;
import no.timebok.common.messaging.UnmatchedReply;
import no.timebok.common.retention.Correspondence;
import no.timebok.common.retention.JournalDecision;

/**
 * The thread of a booking request as staff work it. Every request is loaded through
 * {@link QueueService}, so another clinic's request is a 404 here exactly as on the queue, and
 * every read of a thread leaves an access-log entry in the same transaction as the read.
 */
@Stateless
public class StaffCorrespondenceService {

    static final int PROBLEMS_MAX = 200;
    static final int UNMATCHED_MAX = 200;

    @Inject
    QueueService queue;

    @Inject
    CurrentStaff current;

    @Inject
    AccessLog accessLog;

    @EJB(lookup = PatientCorrespondence.JNDI_NAME)
    PatientCorrespondence correspondence;

    @EJB(lookup = Correspondence.JNDI_NAME)
    Correspondence journal;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The thread of a request the caller may open. */
    public List<ThreadEntry> thread(long requestId) {
        return thread(queue.open(requestId));
    }

    /** The thread of a request already loaded through {@link QueueService} in this view. */
    public List<ThreadEntry> thread(RequestDetail request) {
        List<ThreadEntry> entries = correspondence.thread(request.clinicId(), request.reference());
        accessLog.record(current.get(), request.clinicId(), request.id(), null, AccessAction.THREAD_VIEWED);
        return entries;
    }

    /**
     * Queues a message to the patient of the request, in this transaction with its access-log entry.
     *
     * @param channel "SMS" or "EMAIL"; anything else is a field error on "channel"
     */
    public QueuedMessage write(long requestId, String channel, String recipient, String text) {
        RequestDetail request = queue.open(requestId);
        Optional<Channel> on = channel(channel);
        if (on.isEmpty()) {
            FieldErrors errors = new FieldErrors().add("channel", "message.channel.unknown");
            if (text == null || text.isBlank()) {
                errors.add("text", "message.text.required");
            }
            errors.throwIfAny();
        }
        QueuedMessage queued = correspondence.write(new StaffMessage(request.clinicId(), request.reference(), on.orElseThrow(),
                recipient == null ? "" : recipient, Language.of(request.language()), text == null ? "" : text));
        accessLog.record(current.get(), request.clinicId(), request.id(), null, AccessAction.CHANGED);
        return queued;
    }

    /**
     * Records the journal decision for one message we sent in this request's thread, and a message
     * of another thread is a 404, so an id can't be used to decide for a clinic one doesn't work
     * at. Patients' replies are decided on the journal worklist, which names each message's source.
     */
    public void decide(long requestId, long messageId, JournalDecision decision) {
        RequestDetail request = queue.open(requestId);
        boolean ours = correspondence.thread(request.clinicId(), request.reference()).stream()
                .anyMatch(e -> e.direction() == Direction.OUT && e.messageId() == messageId);
        if (!ours) {
            throw new NotFoundException("request.notFound");
        }
        journal.decide(Correspondence.OUTBOUND, messageId, decision, Set.of(request.clinicId()));
        accessLog.record(current.get(), request.clinicId(), request.id(), null, AccessAction.CHANGED);
    }

    /** FAILED and HELD messages of every clinic the caller works at, newest first. */
    public List<Problem> problems() {
        StaffMember me = current.get();
        List<MessageProblem> all = new ArrayList<>();
        Map<MessageProblem, Long> clinicOf = new HashMap<>();
        for (long clinicId : me.clinicIds()) {
            for (MessageProblem p : correspondence.problems(clinicId, PROBLEMS_MAX)) {
                all.add(p);
                clinicOf.put(p, clinicId);
            }
        }
        all.sort(Comparator.comparing(MessageProblem::at).reversed().thenComparing(MessageProblem::messageId));
        List<MessageProblem> shown = all.subList(0, Math.min(all.size(), PROBLEMS_MAX));
        Map<String, Long> ids = requestIds(me, shown.stream().map(MessageProblem::subjectReference).distinct().toList());
        return shown.stream()
                .map(p -> new Problem(p.messageId(), clinicOf.get(p), ids.get(p.subjectReference()), p.subjectReference(),
                        p.kind().name(), p.channel().map(Channel::name).orElse(null), p.state().name(), p.reason(), p.at()))
                .toList();
    }

    /**
     * Replies no request was found for. They belong to no clinic, so clinic scoping can't protect
     * them; the resource and page restrict them to the admin and privacy roles, which already act
     * across clinics.
     */
    public List<UnmatchedReply> unmatched() {
        return correspondence.unmatchedReplies(UNMATCHED_MAX);
    }

    private Map<String, Long> requestIds(StaffMember me, List<String> references) {
        Map<String, Long> ids = new HashMap<>();
        if (references.isEmpty() || me.clinicIds().isEmpty()) {
            return ids;
        }
        List<Object[]> rows = em.createQuery("SELECT r.reference, r.id FROM BookingRequest r"
                        + " WHERE r.reference IN :references AND r.clinic.id IN :clinics", Object[].class)
                .setParameter("references", references)
                .setParameter("clinics", me.clinicIds())
                .getResultList();
        rows.forEach(row -> ids.put((String) row[0], (Long) row[1]));
        return ids;
    }


    static Optional<Channel> channel(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Channel.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * A message that needs staff, with the request to open for it.
     *
     * @param requestId null when the request is gone (retention) or not in the caller's clinics
     */
    public record Problem(long messageId, long clinicId, Long requestId, String reference, String kind, String channel,
                          String state, String reason, java.time.Instant at) {
    }
}
