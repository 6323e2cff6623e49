package no.timebok.booking.queue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.accesslog.AccessAction;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.request.RequestEvent;
import no.timebok.booking.request.RequestNote;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;
import no.timebok.common.i18n.Language;

/**
 * Reception's work on the queue. Every read of patient data writes its access-log entry in the same
 * transaction (a list's, just before it is returned), and every change its event.
 */
@Stateless
public class QueueService {

    @Inject
    QueueRepository queue;

    @Inject
    BookingRequestRepository requests;

    @Inject
    CurrentStaff current;

    @Inject
    StaffUserRepository staff;

    @Inject
    AccessLog accessLog;

    @Inject
    SecurityEventLog securityEvents;

    @Inject
    FieldCipher cipher;

    @Inject
    IntakeSeal intakeSeal;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /**
     * Without a transaction: one SELECT, then the entries in autocommit before the rows are
     * returned, so a list costs two statements instead of five.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public QueuePage page(QueueFilter filter) {
        StaffMember me = current.get();
        QueuePage page = queue.page(me.clinicIds(), filter);
        accessLog.recordListed(me, page.rows().stream()
                .map(r -> new AccessLog.ListedRequest(r.clinicId(), r.id()))
                .toList());
        return page;
    }

    public RequestDetail open(long id) {
        StaffMember me = current.get();
        BookingRequest request = mine(me, id);
        accessLog.record(me, request.clinic().id(), request.id(), null, AccessAction.VIEWED);
        return detail(request);
    }

    public RequestDetail changeStatus(long id, BookingStatus target) {
        StaffMember me = current.get();
        BookingRequest request = mine(me, id);
        em.persist(request.changeStatus(target, me.id(), clock.instant()));
        accessLog.record(me, request.clinic().id(), request.id(), null, AccessAction.CHANGED);
        return detail(request);
    }

    public RequestDetail addNote(long id, String text) {
        FieldErrors errors = new FieldErrors();
        if (text == null || text.isBlank()) {
            errors.add("text", "staff.note.required");
        } else if (text.length() > RequestNote.MAX_LENGTH) {
            errors.add("text", "staff.note.too-long");
        }
        errors.throwIfAny();
        StaffMember me = current.get();
        BookingRequest request = mine(me, id);
        Instant now = clock.instant();
        em.persist(request.writeNote(text.strip(), me.id(), cipher, now));
        em.persist(request.noteWritten(me.id(), now));
        accessLog.record(me, request.clinic().id(), request.id(), null, AccessAction.CHANGED);
        return detail(request);
    }

    /** Assigns to a colleague who works at the request's clinic, or to nobody. */
    public RequestDetail assign(long id, Optional<Long> assignee) {
        StaffMember me = current.get();
        BookingRequest request = mine(me, id);
        if (assignee.isPresent() && staff.find(assignee.get())
                .filter(u -> u.active() && u.clinicIds().contains(request.clinic().id())).isEmpty()) {
            new FieldErrors().add("staffUserId", "staff.assignee.invalid").throwIfAny();
        }
        em.persist(request.assignTo(assignee.orElse(null), me.id(), clock.instant()));
        accessLog.record(me, request.clinic().id(), request.id(), null, AccessAction.CHANGED);
        return detail(request);
    }

    /** The request if it belongs to one of the caller's clinics; a 404 otherwise, logged when it exists elsewhere. */
    BookingRequest mine(StaffMember me, long id) {
        return requests.findAt(me.clinicIds(), id).orElseThrow(() -> {
            if (queue.existsAnywhere(id)) {
                securityEvents.record(SecurityEvent.Kind.NOT_FOUND_OUTSIDE_CLINIC, me.id(), null, "/api/staff/requests");
            }
            return new NotFoundException("request.notFound");
        });
    }

    private RequestDetail detail(BookingRequest request) {
        List<RequestDetail.Note> notes = em.createQuery(
                        "SELECT n FROM RequestNote n WHERE n.bookingRequestId = :id ORDER BY n.writtenAt, n.id", RequestNote.class)
                .setParameter("id", request.id())
                .getResultStream()
                .map(n -> new RequestDetail.Note(n.id(), n.writtenAt(), n.staffUserId(), n.text(request, cipher)))
                .toList();
        List<RequestDetail.Event> history = em.createQuery(
                        "SELECT e FROM RequestEvent e WHERE e.bookingRequestId = :id ORDER BY e.occurredAt, e.id", RequestEvent.class)
                .setParameter("id", request.id())
                .getResultStream()
                .map(e -> new RequestDetail.Event(e.occurredAt(), e.staffUserId(), e.kind().name(), e.fromStatus(),
                        e.toStatus(), e.assignedTo()))
                .toList();
        return new RequestDetail(request.id(), request.reference(), request.version(), request.clinic().id(),
                request.clinic().name(), request.visitType() == null ? null : request.visitType().id(),
                request.visitType() == null ? null : request.visitType().name(Language.NB), request.status(),
                // Staff are offered no next step while processing is restricted: the entity would refuse it.
                request.processingRestrictedAt().isPresent() ? List.of() : List.copyOf(request.status().next()),
                request.submittedAt(), request.firstName().orElse(null), request.lastName(),
                request.phoneE164().orElse(null), request.email().orElse(null),
                request.maskedNationalId(intakeSeal).orElse(null), request.freeText(intakeSeal).orElse(null),
                request.freeTextErasedAt().orElse(null), request.preferredFrom().orElse(null),
                request.preferredUntil().orElse(null), request.preferredPartOfDay().name(),
                request.assignedTo().orElse(null), request.language().tag(), notes, history,
                request.processingRestrictedAt().orElse(null), request.privacyVersion().orElse(null),
                request.isBookedByPatient());
    }
}
