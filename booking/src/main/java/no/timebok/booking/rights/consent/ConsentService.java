package no.timebok.booking.rights.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.rights.DataSubject;
import no.timebok.booking.rights.RightsAction;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.common.error.FieldErrors;

/**
 * The privacy officer's view and record of a rights request's person's consents. A change is
 * written to every booking request of the person at the clinic, so whichever request a later
 * process looks at, it finds the person's current wish; and it is documented on the rights request.
 * A newsletter withdrawal or objection also ends the person's newsletter-page subscriptions.
 */
@Stateless
@RolesAllowed("privacy")
public class ConsentService {

    private static final Logger LOG = Logger.getLogger(ConsentService.class.getName());

    @Inject
    RightsRequestService rights;

    @Inject
    ConsentEventRepository events;

    @Inject
    CurrentStaff current;

    @Inject
    Event<NewsletterStopped> newsletterStopped;

    @Inject
    Clock clock;

    /** The overview, or empty when the rights request is not one of the officer's clinics'. */
    public Optional<ConsentOverview> findOverview(long rightsRequestId) {
        return rights.find(rightsRequestId).map(found -> overview(rightsRequestId));
    }

    /** @throws no.timebok.common.error.NotFoundException when not one of the officer's clinics' */
    public ConsentOverview overview(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        return ConsentOverview.of(subject, events.forRequests(subject.bookingRequestIds()));
    }

    /** @throws no.timebok.common.error.InvalidInputException naming each wrong field */
    public ConsentOverview record(long rightsRequestId, ConsentForm form) {
        ConsentChange change = form.validate();
        boolean stopsNewsletter = change.purpose() == ConsentPurpose.NEWSLETTER && !change.granted();
        DataSubject subject = someone(rightsRequestId, stopsNewsletter);
        long staff = current.get().id();
        Instant now = clock.instant();
        for (long id : subject.bookingRequestIds()) {
            events.add(ConsentEvent.recordedByStaff(events.request(id), change, staff, rightsRequestId, now));
        }
        // A grant starts no subscription: the newsletter page's double opt-in is the only way in.
        int subscriptions = stopsNewsletter ? stopNewsletter(subject, change.channel(), now) : 0;
        rights.record(rightsRequestId, RightsAction.CONSENT_RECORDED, change.purpose() + " "
                + (change.granted() ? "granted" : "withdrawn") + " via " + change.channel().code()
                + ", text " + change.textVersion() + ", " + subject.bookingRequestIds().size() + " requests"
                + (stopsNewsletter ? ", " + subscriptions + " subscriptions" : ""));
        LOG.info(() -> "Consent " + change.purpose() + " recorded on rights request " + rightsRequestId);
        return ConsentOverview.of(subject, events.forRequests(subject.bookingRequestIds()));
    }

    /** @throws no.timebok.common.error.InvalidInputException when the purpose allows no objection */
    public ConsentOverview object(long rightsRequestId, ObjectionForm form) {
        ConsentPurpose purpose = form.validate();
        boolean stopsNewsletter = purpose == ConsentPurpose.NEWSLETTER;
        DataSubject subject = someone(rightsRequestId, stopsNewsletter);
        long staff = current.get().id();
        Instant now = clock.instant();
        for (long id : subject.bookingRequestIds()) {
            events.add(ConsentEvent.objection(events.request(id), purpose, staff, rightsRequestId, now));
        }
        int subscriptions = stopsNewsletter ? stopNewsletter(subject, ConsentChannel.RIGHTS_REQUEST, now) : 0;
        rights.record(rightsRequestId, RightsAction.OBJECTION_RECORDED, purpose + ", "
                + subject.bookingRequestIds().size() + " requests" + (stopsNewsletter ? ", " + subscriptions + " subscriptions" : ""));
        LOG.info(() -> "Objection to " + purpose + " recorded on rights request " + rightsRequestId);
        return ConsentOverview.of(subject, events.forRequests(subject.bookingRequestIds()));
    }

    /**
     * The person's newsletter-page subscriptions end with the withdrawal or objection, and their
     * copies are measured no more; the newsletter feature does both, in this transaction, on the event.
     */
    private int stopNewsletter(DataSubject subject, ConsentChannel channel, Instant now) {
        newsletterStopped.fire(new NewsletterStopped(subject.clinicId(), subject.bookingRequestIds(), subject.subscriberIds(),
                channel.code(), now));
        return subject.subscriberIds().size();
    }

    /**
     * A change for nobody would document a wish the clinic cannot apply. Subscriptions count only for
     * a change that stops the newsletter, the one thing the clinic does with them.
     */
    private DataSubject someone(long rightsRequestId, boolean stopsNewsletter) {
        DataSubject subject = rights.subject(rightsRequestId);
        if (stopsNewsletter ? subject.isNobody() : subject.isEmpty()) {
            throw new FieldErrors().add("rightsRequest", "consent.subject.none").asException();
        }
        return subject;
    }
}
