package no.timebok.booking.rights.rectification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.accesslog.AccessAction;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.request.BookingFormValidator;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.PatientContact;
import no.timebok.booking.rights.DataSubject;
import no.timebok.booking.rights.RightsAction;
import no.timebok.booking.rights.RightsRequestService;
import no.timebok.common.crypto.FieldCipher;
import no.timebok.common.error.FieldErrors;

/**
 * Corrects the contact data of one of the person's booking requests (GDPR art. 16) and keeps the
 * audit of the change. Only a request that belongs to the person, at the rights request's clinic,
 * can be corrected; any other reference is reported as a wrong field, like one that doesn't exist.
 */
@Stateless
@RolesAllowed("privacy")
public class RectificationService {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    RightsRequestService rights;

    @Inject
    ContactCorrectionRepository corrections;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentStaff current;

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    /**
     * @throws no.timebok.common.error.InvalidInputException naming each wrong field
     * @throws no.timebok.common.error.NotFoundException when the rights request is not
     *         one of the officer's clinics'
     */
    public RectificationResult rectify(long rightsRequestId, RectificationForm form) {
        DataSubject subject = rights.subject(rightsRequestId);
        FieldErrors errors = new FieldErrors();
        String reference = form == null || form.reference() == null ? "" : form.reference().strip();
        int index = subject.references().indexOf(reference);
        if (index < 0) {
            errors.add("reference", "rights.rectification.notTheSubjects");
        }
        Optional<PatientContact> corrected = form == null
                ? BookingFormValidator.contact(null, null, null, null, errors)
                : BookingFormValidator.contact(form.firstName(), form.lastName(), form.phone(), form.email(), errors);
        errors.throwIfAny();
        BookingRequest request = em.find(BookingRequest.class, subject.bookingRequestIds().get(index),
                LockModeType.PESSIMISTIC_WRITE);
        if (request.contactErasedAt().isPresent()) {
            throw new FieldErrors().add("reference", "rights.rectification.contactErased").asException();
        }
        StaffMember me = current.get();
        Instant now = clock.instant();
        PatientContact before = request.rectify(corrected.orElseThrow());
        ContactCorrection correction = ContactCorrection.of(request.id(), rightsRequestId, me.id(), before,
                corrected.orElseThrow(), cipher, now);
        corrections.add(correction);
        em.flush();
        accessLog.record(me, subject.clinicId(), request.id(), null, AccessAction.CHANGED);
        rights.record(rightsRequestId, RightsAction.RECTIFIED, "correction " + correction.id());
        return new RectificationResult(request.reference(), correction.id(), now);
    }
}
