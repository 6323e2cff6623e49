package no.timebok.booking.rights.restriction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.rights.DataSubject;
import no.timebok.booking.rights.RightsAction;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.common.messaging.SubjectMessages;


/** Sets and lifts a person's restriction of processing, in booking and in messaging together. */
@Stateless
@RolesAllowed("privacy")
public class RestrictionService {

    private static final Logger LOG = Logger.getLogger(RestrictionService.class.getName());

    @Inject
    RightsRequestService rights;

    @EJB(lookup = SubjectMessages.JNDI_NAME)
    SubjectMessages messages;

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
        int held = subject.isEmpty() ? 0 : messages.restrict(subject.clinicId(), subject.references());
        rights.record(rightsRequestId, RightsAction.RESTRICTED, "requests " + changed + ", messages held " + held);
        LOG.info(() -> "Rights request " + rightsRequestId + ": processing restricted for " + changed + " booking requests");
        return new RestrictionResult(true, subject.references(), changed, held);
    }

    /** Lifts the restriction; messages held by it stay held, since they may be out of date. */
    public RestrictionResult lift(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        long changed = requests(subject).stream().filter(BookingRequest::liftRestriction).count();
        if (!subject.isEmpty()) {
            messages.lift(subject.clinicId(), subject.references());
        }
        rights.record(rightsRequestId, RightsAction.RESTRICTION_LIFTED, "requests " + changed);
        LOG.info(() -> "Rights request " + rightsRequestId + ": restriction lifted for " + changed + " booking requests");
        return new RestrictionResult(false, subject.references(), changed, 0);
    }

    /** Whether any of the person's booking requests is restricted now. */
    public boolean isRestricted(long rightsRequestId) {
        return requests(rights.subject(rightsRequestId)).stream().anyMatch(r -> r.processingRestrictedAt().isPresent());
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
