package no.timebok.booking.clinicsetup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicNotice;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.clinicsetup.SetupDrafts.ClosureDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.NoticeDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.ResourceDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.SelfBookingDraft;
import no.timebok.booking.clinicsetup.SetupViews.ClinicView;
import no.timebok.booking.clinicsetup.SetupViews.ClosureView;
import no.timebok.booking.clinicsetup.SetupViews.NoticeView;
import no.timebok.booking.clinicsetup.SetupViews.Overview;
import no.timebok.booking.clinicsetup.SetupViews.ResourceView;
import no.timebok.booking.clinicsetup.SetupViews.VisitTypeView;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.SecurityEvent.Kind;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.schedule.Closure;
import no.timebok.booking.schedule.Resource;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;

/** An administrator's set-up of their own clinics; another clinic's items are not found. */
@Stateless
@RolesAllowed("admin")
public class ClinicSetupService {

    static final String PATH = "/api/staff/admin/setup";

    @Inject
    ClinicSetupRepository setup;

    @Inject
    ClinicRepository clinics;

    @Inject
    CurrentStaff current;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @Inject
    SecurityEventLog events;

    public Overview overview() {
        Set<Long> mine = current.clinicIds();
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        return new Overview(
                clinics.findAll(mine).stream().map(ClinicView::of).toList(),
                setup.resources(mine).stream().map(ResourceView::of).toList(),
                setup.closures(mine, today).stream().map(ClosureView::of).toList(),
                setup.notices(mine, today).stream().map(NoticeView::of).toList(),
                setup.visitTypes(mine).stream().map(VisitTypeView::of).toList());
    }

    public ResourceView addResource(ResourceDraft draft) {
        Clinic clinic = myClinic(draft.clinicId());
        return ResourceView.of(setup.add(Resource.create(clinic.id(), draft.name(), draft.place(), draft.weeklyHours())));
    }

    public ResourceView changeResource(long id, ResourceDraft draft) {
        Resource resource = setup.resource(current.clinicIds(), id).orElseThrow(ClinicSetupService::gone);
        resource.describe(draft.name(), draft.place(), draft.bookable(), draft.weeklyHours());
        return ResourceView.of(resource);
    }

    public ClosureView addClosure(ClosureDraft draft) {
        FieldErrors errors = new FieldErrors();
        Clinic clinic = myClinic(draft.clinicId());
        if (draft.resourceId() != null && setup.resource(Set.of(clinic.id()), draft.resourceId()).isEmpty()) {
            errors.add("resourceId", "staff.resource.invalid");
        }
        LocalDate first = SetupDrafts.date(errors, "firstDay", draft.firstDay());
        LocalDate last = SetupDrafts.date(errors, "lastDay", draft.lastDay());
        errors.throwIfAny();
        return ClosureView.of(setup.add(Closure.create(clinic.id(), draft.resourceId(), first, last, draft.reason())));
    }

    public void removeClosure(long id) {
        setup.remove(setup.closure(current.clinicIds(), id).orElseThrow(ClinicSetupService::gone));
    }

    public NoticeView addNotice(NoticeDraft draft) {
        FieldErrors errors = new FieldErrors();
        Clinic clinic = myClinic(draft.clinicId());
        LocalDate from = SetupDrafts.date(errors, "shownFrom", draft.shownFrom());
        LocalDate until = SetupDrafts.date(errors, "shownUntil", draft.shownUntil());
        errors.throwIfAny();
        return NoticeView.of(setup.add(ClinicNotice.create(clinic, draft.titleNb(), draft.titleEn(), draft.bodyNb(),
                draft.bodyEn(), from, until)));
    }

    public void removeNotice(long id) {
        setup.remove(setup.notice(current.clinicIds(), id).orElseThrow(ClinicSetupService::gone));
    }

    public VisitTypeView changeSlotLength(long visitTypeId, Integer minutes) {
        VisitType visitType = setup.visitType(current.clinicIds(), visitTypeId).orElseThrow(ClinicSetupService::gone);
        visitType.changeSlotLength(minutes == null ? 0 : minutes);
        return VisitTypeView.of(visitType);
    }

    /**
     * Changes how far ahead patients may pick times, until when they may change them, and whether a
     * waiting list is offered. Recorded as a change of the clinic, like its other details.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "horizonDays" or "deadlineHours"
     */
    public ClinicView changeSelfBooking(long clinicId, SelfBookingDraft draft) {
        Clinic clinic = setup.clinic(current.clinicIds(), clinicId).orElseThrow(ClinicSetupService::gone);
        clinic.changeSelfBooking(draft.rules());
        events.record(Kind.CLINIC_CHANGED, current.get().id(), null, PATH + "/clinics/" + clinicId + "/self-booking");
        return ClinicView.of(clinic);
    }

    /** A clinic named in a form is a choice, so a wrong one is that field's error, not a 404. */
    private Clinic myClinic(Long clinicId) {
        return setup.clinic(current.clinicIds(), clinicId == null ? 0 : clinicId)
                .orElseThrow(() -> new FieldErrors().add("clinicId", "staff.clinics.invalid").asException());
    }

    /** Another clinic's item answers like one that is gone. */
    private static NotFoundException gone() {
        return new NotFoundException("setup.gone");
    }
}
