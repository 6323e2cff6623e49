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
    Clock clock;

    @Inject
    Event<NewsletterConsentEnded> newsletterEnded;

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
        DataSubject subject = someone(rightsRequestId);
        long staff = current.get().id();
        Instant now = clock.instant();
        for (long id : subject.bookingRequestIds()) {
            events.add(ConsentEvent.recordedByStaff(events.request(id), change, staff, rightsRequestId, now));
        }
        if (change.purpose() == ConsentPurpose.NEWSLETTER && !change.granted()) {
            newsletterEnded.fire(new NewsletterConsentEnded(subject.bookingRequestIds()));
        }
        rights.record(rightsRequestId, RightsAction.CONSENT_RECORDED, change.purpose() + " "
                + (change.granted() ? "granted" : "withdrawn") + " via " + change.channel().code()
                + ", text " + change.textVersion() + ", " + subject.bookingRequestIds().size() + " requests");
        LOG.info(() -> "Consent " + change.purpose() + " recorded on rights request " + rightsRequestId);
        return ConsentOverview.of(subject, events.forRequests(subject.bookingRequestIds()));
    }

    /** @throws no.timebok.common.error.InvalidInputException when the purpose allows no objection */
    public ConsentOverview object(long rightsRequestId, ObjectionForm form) {
        ConsentPurpose purpose = form.validate();
        DataSubject subject = someone(rightsRequestId);
        long staff = current.get().id();
        Instant now = clock.instant();
        for (long id : subject.bookingRequestIds()) {
            events.add(ConsentEvent.objection(events.request(id), purpose, staff, rightsRequestId, now));
        }
        if (purpose == ConsentPurpose.NEWSLETTER) {
            newsletterEnded.fire(new NewsletterConsentEnded(subject.bookingRequestIds()));
        }
        rights.record(rightsRequestId, RightsAction.OBJECTION_RECORDED, purpose + ", "
                + subject.bookingRequestIds().size() + " requests");
        LOG.info(() -> "Objection to " + purpose + " recorded on rights request " + rightsRequestId);
        return ConsentOverview.of(subject, events.forRequests(subject.bookingRequestIds()));
    }

    /** A change for nobody would document a wish the clinic cannot apply. */
    private DataSubject someone(long rightsRequestId) {
        DataSubject subject = rights.subject(rightsRequestId);
        if (subject.isEmpty()) {
            throw new FieldErrors().add("rightsRequest", "consent.subject.none").asException();
        }
        return subject;
    }
}
