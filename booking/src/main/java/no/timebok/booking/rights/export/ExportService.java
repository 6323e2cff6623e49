package no.timebok.booking.rights.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.timebok.booking.accesslog.AccessAction;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.newsletter.SubscriberRights;
import no.timebok.booking.waitinglist.WaitingListRights;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.RequestEvent;
import no.timebok.booking.request.RequestNote;
import no.timebok.booking.rights.DataSubject;
import no.timebok.booking.rights.RightsAction;
import no.timebok.booking.rights.RightsRequest;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.booking.rights.rectification.ContactCorrection;
import no.timebok.booking.rights.rectification.ContactCorrectionRepository;
import no.timebok.booking.schedule.SubjectAppointments;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.PatientCorrespondence;

/**
 * Builds the access export (art. 15) and the portability export (art. 20) of the person a rights
 * request concerns, at that request's clinic only. Taking data out is itself a read: each export
 * writes an EXPORTED entry per booking request to the access log and a step on the rights request,
 * in the same transaction as the reads.
 */
@Stateless
@RolesAllowed("privacy")
public class ExportService {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    RightsRequestService rights;

    @Inject
    SubjectAppointments appointments;

    @Inject
    ContactCorrectionRepository corrections;

    @Inject
    SubscriberRights subscribers;

    @Inject
    WaitingListRights waitingList;

    @Inject
    ExportHistory history;

    @EJB(lookup = PatientCorrespondence.JNDI_NAME)
    PatientCorrespondence correspondence;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentStaff current;

    @Inject
    FieldCipher cipher;

    @Inject
    IntakeSeal intakeSeal;

    @Inject
    Clock clock;

    /** @throws no.timebok.common.error.NotFoundException when not one of the officer's clinics' */
    public AccessExport access(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        List<BookingRequest> requests = load(subject);
        Clinic clinic = em.find(Clinic.class, subject.clinicId());
        Map<Long, String> references = requests.stream().collect(Collectors.toMap(BookingRequest::id, BookingRequest::reference));
        // The log is read before this export's own entries are written, so it shows earlier reads.
        List<AccessExport.AccessEntry> log = history.accessEntries(references);
        List<AccessExport.Request> exported = requests.stream().map(this::request).toList();
        AccessExport export = new AccessExport(clock.instant(), rightsRequestId,
                new AccessExport.Clinic(clinic.id(), clinic.name()), exported, history.consents(references, false), log,
                rightsRequests(subject, requests), subscriptions(subject, false),
                waitingList.records(subject.clinicId(), subject.waitingListIds()));
        logExport(subject, rightsRequestId, RightsAction.ACCESS_EXPORTED);
        return export;
    }

    /** @throws no.timebok.common.error.NotFoundException when not one of the officer's clinics' */
    public PortabilityExport portability(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        List<BookingRequest> requests = load(subject);
        Clinic clinic = em.find(Clinic.class, subject.clinicId());
        Map<Long, String> references = requests.stream().collect(Collectors.toMap(BookingRequest::id, BookingRequest::reference));
        PortabilityExport export = new PortabilityExport(clock.instant(), clinic.name(),
                requests.stream().map(this::provided).toList(), history.consents(references, true), subscriptions(subject, true),
                waitingList.records(subject.clinicId(), subject.waitingListIds()));
        logExport(subject, rightsRequestId, RightsAction.PORTABILITY_EXPORTED);
        return export;
    }

    private void logExport(DataSubject subject, long rightsRequestId, RightsAction action) {
        StaffMember me = current.get();
        for (long id : subject.bookingRequestIds()) {
            accessLog.record(me, subject.clinicId(), id, null, AccessAction.EXPORTED);
        }
        rights.record(rightsRequestId, action, subject.bookingRequestIds().size() + " booking requests, "
                + subject.subscriberIds().size() + " subscriptions, " + subject.waitingListIds().size() + " waiting-list entries");
    }

    /** Subscriptions are not in the access log: it records reads of booking requests, which is what Normen asks. */
    private List<AccessExport.Subscription> subscriptions(DataSubject subject, boolean grantsOnly) {
        return subscribers.records(subject.clinicId(), subject.subscriberIds(), grantsOnly).stream()
                .map(AccessExport.Subscription::of).toList();
    }

    private List<BookingRequest> load(DataSubject subject) {
        List<BookingRequest> requests = new ArrayList<>();
        for (long id : subject.bookingRequestIds()) {
            BookingRequest request = em.find(BookingRequest.class, id);
            if (request.clinic().id() != subject.clinicId()) {
                throw new IllegalStateException("A subject's request outside the clinic");
            }
            requests.add(request);
        }
        return requests;
    }

    private AccessExport.Request request(BookingRequest r) {
        Language language = r.language();
        List<AccessExport.StatusChange> history = em.createQuery(
                        "SELECT e FROM RequestEvent e WHERE e.bookingRequestId = :id ORDER BY e.occurredAt, e.id", RequestEvent.class)
                .setParameter("id", r.id()).getResultList().stream()
                .map(e -> new AccessExport.StatusChange(e.occurredAt(), e.kind().name(), name(e.fromStatus()), name(e.toStatus())))
                .toList();
        List<AccessExport.Note> notes = em.createQuery(
                        "SELECT n FROM RequestNote n WHERE n.bookingRequestId = :id ORDER BY n.writtenAt, n.id", RequestNote.class)
                .setParameter("id", r.id()).getResultList().stream()
                .map(n -> new AccessExport.Note(n.writtenAt(), n.text(r, cipher)))
                .toList();
        List<AccessExport.Appointment> booked = appointments.of(r.id()).stream()
                .map(a -> new AccessExport.Appointment(a.startsAt(), a.endsAt(), a.resourceName(), a.place(),
                        a.status().name(), a.patientConfirmedAt()))
                .toList();
        List<AccessExport.Message> messages = correspondence.thread(r.clinic().id(), r.reference()).stream()
                .map(AccessExport.Message::of)
                .toList();
        List<AccessExport.Correction> corrected = corrections.of(List.of(r.id())).stream()
                .map(this::correction)
                .toList();
        return new AccessExport.Request(r.reference(), r.clinic().name(), r.visitType().name(language), r.submittedAt(),
                r.status().name(), r.preferredFrom().orElse(null), r.preferredUntil().orElse(null),
                r.preferredPartOfDay().name(), language.tag(), r.firstName().orElse(null), r.lastName(),
                r.phoneE164().orElse(null), r.email().orElse(null), r.maskedNationalId(intakeSeal).orElse(null),
                r.freeText(intakeSeal).orElse(null), r.freeTextErasedAt().orElse(null), r.contactErasedAt().orElse(null),
                history, notes, booked, messages, corrected, r.privacyVersion().orElse(null));
    }

    private PortabilityExport.Provided provided(BookingRequest r) {
        return new PortabilityExport.Provided(r.reference(), r.submittedAt(), r.visitType().name(r.language()),
                r.preferredFrom().orElse(null), r.preferredUntil().orElse(null), r.preferredPartOfDay().name(),
                r.language().tag(), r.firstName().orElse(null), r.lastName(), r.phoneE164().orElse(null),
                r.email().orElse(null), r.maskedNationalId(intakeSeal).orElse(null), r.freeText(intakeSeal).orElse(null));
    }

    private AccessExport.Correction correction(ContactCorrection c) {
        return new AccessExport.Correction(c.correctedAt(), AccessExport.Contact.of(c.before(cipher)),
                AccessExport.Contact.of(c.after(cipher)));
    }

    /**
     * The clinic's rights requests that concern this person: each is matched again, and it is theirs
     * when it finds one of the same booking requests. Rights requests are few, so this stays cheap.
     */
    private List<AccessExport.Rights> rightsRequests(DataSubject subject, List<BookingRequest> requests) {
        return rights.concerning(subject, requests).stream().map(this::rightsRequest).toList();
    }

    private AccessExport.Rights rightsRequest(RightsRequest request) {
        return new AccessExport.Rights(request.id(), request.kind().name(), request.receivedOn(), request.dueOn(),
                request.status().name(), rights.steps(request).stream()
                .map(step -> new AccessExport.Step(step.at(), step.action().name(), step.detail().orElse(null)))
                .toList());
    }

    private static String name(Enum<?> value) {
        return Optional.ofNullable(value).map(Enum::name).orElse(null);
    }
}
