package no.timebok.booking.rights.restriction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.booking.newsletter.NewsletterSubscribers;
import no.timebok.booking.newsletter.SubscriberRights;
import no.timebok.booking.waitinglist.WaitingListRights;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.rights.DataSubject;
import no.timebok.booking.rights.RightsAction;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.common.messaging.SubjectMessages;

/**
 * Sets and lifts a person's restriction of processing, in booking and in messaging together: their
 * booking requests, and their newsletter-page subscriptions, which get no newsletter while restricted.
 */
@Stateless
@RolesAllowed("privacy")
public class RestrictionService {

    private static final Logger LOG = Logger.getLogger(RestrictionService.class.getName());

    @Inject
    RightsRequestService rights;

    @EJB(lookup = SubjectMessages.JNDI_NAME)
    SubjectMessages messages;

    @Inject
    SubscriberRights subscribers;

    @Inject
    WaitingListRights waitingList;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Restricts every booking request of the person the rights request concerns.
     *
     * @throws no.timebok.common.error.NotFoundException for another clinic's request
     */
    public RestrictionResult restrict(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        Instant now = clock.instant();
        long changed = requests(subject).stream().filter(request -> request.restrict(rightsRequestId, now)).count();
        int subscriptions = subscribers.restrict(subject.clinicId(), subject.subscriberIds(), now);
        int entries = waitingList.restrict(subject.clinicId(), subject.waitingListIds(), now);
        List<String> threads = threads(subject);
        int held = threads.isEmpty() ? 0 : messages.restrict(subject.clinicId(), threads);
        rights.record(rightsRequestId, RightsAction.RESTRICTED, "requests " + changed + ", subscriptions " + subscriptions
                + ", messages held " + held + ", waiting-list entries " + entries);
        LOG.info(() -> "Rights request " + rightsRequestId + ": processing restricted for " + changed
                + " booking requests and " + subscriptions + " subscriptions");
        return new RestrictionResult(true, subject.references(), changed, subscriptions, held);
    }

    /** Lifts the restriction; messages held by it stay held, since they may be out of date. */
    public RestrictionResult lift(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        long changed = requests(subject).stream().filter(BookingRequest::liftRestriction).count();
        int subscriptions = subscribers.lift(subject.clinicId(), subject.subscriberIds());
        int entries = waitingList.lift(subject.clinicId(), subject.waitingListIds());
        List<String> threads = threads(subject);
        if (!threads.isEmpty()) {
            messages.lift(subject.clinicId(), threads);
        }
        rights.record(rightsRequestId, RightsAction.RESTRICTION_LIFTED, "requests " + changed + ", subscriptions " + subscriptions
                + ", waiting-list entries " + entries);
        LOG.info(() -> "Rights request " + rightsRequestId + ": restriction lifted for " + changed
                + " booking requests and " + subscriptions + " subscriptions");
        return new RestrictionResult(false, subject.references(), changed, subscriptions, 0);
    }

    /** Whether any of the person's booking requests, subscriptions or waiting-list entries is restricted now. */
    public boolean isRestricted(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        return requests(subject).stream().anyMatch(r -> r.processingRestrictedAt().isPresent())
                || subscribers.anyRestricted(subject.clinicId(), subject.subscriberIds())
                || waitingList.anyRestricted(subject.clinicId(), subject.waitingListIds());
    }

    /** The outbox threads a subscription's messages under its own reference, beside the requests'. */
    private static List<String> threads(DataSubject subject) {
        List<String> threads = new ArrayList<>(subject.references());
        subject.subscriberIds().forEach(id -> threads.add(NewsletterSubscribers.reference(id)));
        return threads;
    }

    private List<BookingRequest> requests(DataSubject subject) {
        if (subject.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM BookingRequest b WHERE b.id IN :ids", BookingRequest.class)
                .setParameter("ids", subject.bookingRequestIds())
                .getResultList();
    }
}
