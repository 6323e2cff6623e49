package no.timebok.booking.rights.erasure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.timebok.booking.accesslog.AccessAction;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.newsletter.NewsletterSubscribers;
import no.timebok.booking.newsletter.SubscriberRights;
import no.timebok.booking.waitinglist.WaitingListRights;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.rights.DataSubject;
import no.timebok.booking.rights.RightsAction;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.booking.rights.rectification.ContactCorrectionRepository;
import no.timebok.booking.schedule.SubjectAppointments;
import no.timebok.common.messaging.MessageErasure;
import no.timebok.common.messaging.SubjectMessages;
import no.timebok.common.retention.LegalHoldRepository;
import no.timebok.common.retention.MessageAddresses;
import no.timebok.common.retention.ReceiptRepository;
import no.timebok.common.retention.RetentionPolicy;
import no.timebok.common.retention.RetentionReceipt;
import no.timebok.common.retention.RetentionRunner;

/**
 * Erases a person's data at one clinic at once (GDPR art. 17), wherever no legal duty or hold
 * prevents it, in one transaction with messaging's side and the receipt: either all of it is done
 * and documented, or none of it.
 * <p>
 * Kept, with the reason: a booking request under legal hold, whole; the access log (Normen requires
 * documentation of who read health data); consent history, the newsletter subscriptions' included
 * (the policy keeps proof of consents that have been in effect); the rights request and its steps (proof the request was answered); messages
 * the journal is still owed. What remains of an erased booking request (clinic, kind of visit, dates,
 * status) is anonymous, as after the retention purges; what remains of a newsletter subscription
 * (clinic, language, dates), as after unsubscribing.
 */
@Stateless
@RolesAllowed("privacy")
public class ErasureService {

    static final String HELD = "legal-hold";
    static final String ACCESS_LOG = "documentation-of-access";
    static final String CONSENTS = "proof-of-consent";
    static final String RIGHTS = "documentation-of-request";

    private static final Logger LOG = Logger.getLogger(ErasureService.class.getName());

    @Inject
    ReceiptRepository receipts;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    RightsRequestService rights;

    @Inject
    LegalHoldRepository holds;

    @Inject
    ContactCorrectionRepository corrections;

    @Inject
    SubjectAppointments appointments;

    @Inject
    SubscriberRights subscribers;

    @Inject
    WaitingListRights waitingList;

    @EJB(lookup = SubjectMessages.JNDI_NAME)
    SubjectMessages messages;

    @EJB(lookup = MessageAddresses.JNDI_NAME)
    MessageAddresses messageAddresses;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentStaff current;

    @Inject
    Clock clock;

    /** @throws no.timebok.common.error.NotFoundException when not one of the officer's clinics' */
    public ErasureAnswer erase(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        StaffMember me = current.get();
        Instant now = clock.instant();
        List<String> held = new ArrayList<>();
        List<BookingRequest> erasable = new ArrayList<>();
        for (long id : subject.bookingRequestIds()) {
            BookingRequest request = em.find(BookingRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (holds.active(request.reference()).isPresent()) {
                held.add(request.reference());
            } else {
                erasable.add(request);
            }
        }
        List<Long> ids = erasable.stream().map(BookingRequest::id).toList();
        List<String> references = erasable.stream().map(BookingRequest::reference).toList();
        Map<String, Long> erased = new LinkedHashMap<>();
        erased.put("booking_request.contact", erasable.stream().filter(r -> r.contactErasedAt().isEmpty()).count());
        erased.put("booking_request.free_text", erasable.stream().filter(r -> r.freeTextErasedAt().isEmpty()).count());
        erased.put("booking_request_note", (long) deleteNotes(ids));
        erased.put("contact_correction", (long) corrections.eraseOf(ids));
        long cancelled = 0;
        for (BookingRequest request : erasable) {
            cancelled += appointments.cancelFuture(request.id(), now);
            request.eraseOnRequest(now);
            accessLog.record(me, subject.clinicId(), request.id(), null, AccessAction.CHANGED);
        }
        erased.put("appointment.future_cancelled", cancelled);
        erased.put("newsletter_subscriber.contact", (long) subscribers.erase(subject.clinicId(), subject.subscriberIds(), now));
        // A subscription's confirmation email and newsletter copies are threaded under its own
        // reference, and so are a waiting-list entry's messages.
        List<String> threads = new ArrayList<>(references);
        subject.subscriberIds().forEach(id -> threads.add(NewsletterSubscribers.reference(id)));
        threads.addAll(waitingList.references(subject.clinicId(), subject.waitingListIds()));
        erased.put("waiting_list_entry", (long) waitingList.erase(subject.clinicId(), subject.waitingListIds()));
        MessageErasure messageErasure = threads.isEmpty()
                ? new MessageErasure(Map.of(), Map.of())
                : messages.erase(subject.clinicId(), threads);
        new TreeMap<>(messageErasure.erased()).forEach((table, rows) -> erased.merge(table, rows, Long::sum));
        if (!threads.isEmpty()) {
            messageAddresses.forget(threads).forEach((table, rows) -> erased.merge(table, rows, Long::sum));
        }
        em.flush();

        List<ErasureAnswer.Kept> kept = new ArrayList<>();
        if (!held.isEmpty()) {
            kept.add(new ErasureAnswer.Kept("booking_request", held.size(), HELD, held));
        }
        new TreeMap<>(messageErasure.kept()).forEach((reason, rows) ->
                kept.add(new ErasureAnswer.Kept("messages", rows, reason, List.of())));
        kept.add(new ErasureAnswer.Kept("access_log", count("access_log", subject.bookingRequestIds()), ACCESS_LOG, List.of()));
        kept.add(new ErasureAnswer.Kept("consent_event", count("consent_event", subject.bookingRequestIds()), CONSENTS, List.of()));
        if (!subject.subscriberIds().isEmpty()) {
            kept.add(new ErasureAnswer.Kept("newsletter_subscriber_event", subscribers.consentEvents(subject.subscriberIds()),
                    CONSENTS, List.of()));
        }
        kept.add(new ErasureAnswer.Kept("rights_request", 1, RIGHTS, List.of()));

        long receipt = receipt(erased, kept, now);
        rights.record(rightsRequestId, RightsAction.ERASED, "receipt " + receipt + ", erased " + ids.size() + ", held "
                + held.size() + ", subscriptions " + subject.subscriberIds().size() + ", waiting-list entries "
                + subject.waitingListIds().size());
        LOG.info(() -> "Erasure for rights request " + rightsRequestId + ": receipt " + receipt);
        return new ErasureAnswer(rightsRequestId, now, erased.entrySet().stream()
                .map(e -> new ErasureAnswer.Erased(e.getKey(), e.getValue())).toList(), kept, receipt);
    }

    private int deleteNotes(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("DELETE FROM booking_request_note WHERE booking_request_id IN (" + joined(ids) + ")")
                .executeUpdate();
    }

    private long count(String table, List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE booking_request_id IN (" + joined(ids) + ")")
                .getSingleResult()).longValue();
    }

    /**
     * The receipt, written in this transaction so it exists exactly when the erasure does. Counts
     * only: erased rows per category and kept rows per reason, never a reference or a name.
     */
    private long receipt(Map<String, Long> erased, List<ErasureAnswer.Kept> kept, Instant now) {
        Map<String, Long> rows = new LinkedHashMap<>(erased);
        kept.forEach(k -> rows.merge("kept." + k.category() + "." + k.reason(), k.rows(), Long::sum));
        return receipts.recordDone(RetentionPolicy.ERASURE_REQUEST, RetentionReceipt.Trigger.REQUEST, now,
                RetentionRunner.nodeName(), rows);
    }

    private static String joined(List<Long> ids) {
        // Ids are numbers from the database, so joining them cannot inject anything.
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
