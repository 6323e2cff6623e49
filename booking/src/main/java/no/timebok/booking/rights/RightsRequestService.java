package no.timebok.booking.rights;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.crypto.IntakeSeal;
import no.timebok.common.error.NotFoundException;

/**
 * Registering rights requests, the officer's list by deadline, and the person each concerns. Every
 * call is scoped to the officer's clinics: another clinic's request is reported as not existing.
 * The answering features (export, erasure, restriction, consents) find the person through
 * {@link #subject} and document their work through {@link #record}.
 */
@Stateless
@RolesAllowed("privacy")
public class RightsRequestService {

    private static final Logger LOG = Logger.getLogger(RightsRequestService.class.getName());

    @Inject
    RightsRequestRepository requests;

    @Inject
    SubjectMatcher matcher;

    @Inject
    MatchedSubjects matched;

    @Inject
    CurrentStaff current;

    @Inject
    FieldCipher cipher;

    @Inject
    IntakeSeal intakeSeal;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /**
     * @throws no.timebok.common.error.InvalidInputException naming each wrong field
     */
    public RightsRequestSummary register(RightsRequestForm form) {
        StaffMember me = current.get();
        RightsRegistration registration = RightsRegistration.validate(form, me.clinicIds(), today());
        DataSubject subject = matcher.match(0, registration.clinicId(), registration.matchedBy(), registration.matchKey());
        Instant now = clock.instant();
        RightsRequest request = RightsRequest.register(registration, subject.bookingRequestIds().size(), me.id(), cipher, now);
        requests.add(request);
        requests.add(request.record(RightsAction.REGISTERED, "matched " + subject.bookingRequestIds().size()
                + ", subscriptions " + subject.subscriberIds().size(), me.id(), now));
        LOG.info(() -> "Rights request " + request.id() + " (" + request.kind() + ") registered for clinic "
                + request.clinicId() + ", due " + request.dueOn());
        return RightsRequestSummary.of(request, today());
    }

    /** Open requests by deadline, overdue ones flagged, then the most recently answered. */
    public RightsRequestList list() {
        List<Long> clinics = List.copyOf(current.clinicIds());
        LocalDate today = today();
        return new RightsRequestList(
                requests.open(clinics).stream().map(r -> RightsRequestSummary.of(r, today)).toList(),
                requests.recentlyAnswered(clinics).stream().map(r -> RightsRequestSummary.of(r, today)).toList());
    }

    /** One request with the person's current booking references and what has been done so far. */
    public RightsRequestDetail detail(long id) {
        RightsRequest request = get(id);
        DataSubject subject = subjectOf(request);
        return new RightsRequestDetail(RightsRequestSummary.of(request, today()), request.identityNote(cipher),
                subject.references(), subject.subscriberIds().size(), steps(request));
    }

    /** What has been done for a request, oldest first; the person is not matched for it. */
    public List<RightsRequestDetail.Step> steps(RightsRequest request) {
        return requests.eventsWithStaffNames(request.id()).stream()
                .map(row -> RightsRequestDetail.Step.of((RightsRequestEvent) row[0], (String) row[1]))
                .toList();
    }

    /**
     * The person the request concerns, matched again now.
     *
     * @throws NotFoundException when the request is not one of the officer's clinics'
     */
    public DataSubject subject(long id) {
        return subjectOf(get(id));
    }

    /** Documents a step of the answer, done now by the current officer. */
    public void record(long id, RightsAction action, String detail) {
        RightsRequest request = get(id);
        requests.add(request.record(action, detail, current.get().id(), clock.instant()));
    }

    /** @throws no.timebok.common.error.ConflictException when it was answered already */
    public RightsRequestSummary answer(long id) {
        RightsRequest request = get(id);
        long me = current.get().id();
        Instant now = clock.instant();
        request.answer(me, now);
        requests.add(request.record(RightsAction.ANSWERED, null, me, now));
        return RightsRequestSummary.of(request, today());
    }

    /**
     * Every rights request of the clinic that concerns the person: the one given, and each whose
     * identifier is one of the person's phone numbers, email addresses or national IDs. Compares
     * identifiers instead of matching each request again, which would scan the clinic's national
     * IDs once per request.
     */
    public List<RightsRequest> concerning(DataSubject subject, List<BookingRequest> theirRequests) {
        Set<String> phones = theirRequests.stream().flatMap(r -> r.phoneE164().stream()).collect(Collectors.toSet());
        Set<String> emails = theirRequests.stream().flatMap(r -> r.email().stream())
                .map(email -> email.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return requests.ofClinic(subject.clinicId()).stream()
                .filter(request -> request.id() == subject.rightsRequestId() || switch (request.matchedBy()) {
                    case PHONE -> phones.contains(request.matchKey(cipher));
                    case EMAIL -> emails.contains(request.matchKey(cipher).toLowerCase(Locale.ROOT));
                    case NATIONAL_ID -> theirRequests.stream().anyMatch(r -> r.hasNationalId(request.matchKey(cipher), intakeSeal));
                })
                .toList();
    }

    public Optional<RightsRequest> find(long id) {
        return requests.find(id, current.clinicIds());
    }

    private RightsRequest get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("rights.notFound"));
    }

    /**
     * Matched once per web request: the officer's page, its sections and an action on it all ask for
     * the same person, and a match by national ID opens every sealed ID of the clinic.
     */
    private DataSubject subjectOf(RightsRequest request) {
        return matched.computeIfAbsent(request.id(),
                id -> matcher.match(id, request.clinicId(), request.matchedBy(), request.matchKey(cipher)));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }
}
