package no.timebok.booking.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.timebok.booking.clinic.BookingMode;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicDetails;
import no.timebok.booking.clinic.ClinicGroup;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.Logo;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.SecurityEvent.Kind;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffUserRepository;
import no.timebok.booking.organisation.OrganisationDrafts.ClinicDraft;
import no.timebok.booking.organisation.OrganisationDrafts.GroupDraft;
import no.timebok.booking.organisation.OrganisationDrafts.VisitTypeDraft;
import no.timebok.booking.organisation.OrganisationViews.ClinicView;
import no.timebok.booking.organisation.OrganisationViews.GroupView;
import no.timebok.booking.organisation.OrganisationViews.Overview;
import no.timebok.booking.organisation.OrganisationViews.VisitTypeView;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.InvalidInputException;
import no.timebok.common.error.NotFoundException;

/**
 * An administrator's set-up of the group, their clinics and the clinics' kinds of visit. Another
 * clinic's items are not found; a clinic an administrator makes becomes one of theirs.
 */
@Stateless
@RolesAllowed("admin")
public class OrganisationService {

    static final String PATH = "/api/staff/admin/organisation";

    @Inject
    ClinicRepository clinics;

    @Inject
    StaffUserRepository users;

    @Inject
    CurrentStaff current;

    @Inject
    SecurityEventLog events;

    public Overview overview() {
        var mine = current.clinicIds();
        return new Overview(clinics.findGroup().map(GroupView::of).orElse(null),
                clinics.findAll(mine).stream().map(ClinicView::of).toList(),
                clinics.findVisitTypes(mine).stream().map(VisitTypeView::of).toList());
    }

    /** Sets up the group the first time, and changes it afterwards. */
    public GroupView changeGroup(GroupDraft draft) {
        ClinicGroup.GroupDetails details = draft.validated();
        ClinicGroup group = clinics.findGroup().orElse(null);
        if (group == null) {
            group = clinics.add(ClinicGroup.create(details));
        } else {
            group.describe(details);
        }
        record(Kind.CLINIC_GROUP_CHANGED, "/group");
        return GroupView.of(group);
    }

    /** @throws no.timebok.common.error.InvalidInputException naming "logo" when it is no accepted image */
    public GroupView changeLogo(byte[] upload) {
        ClinicGroup group = clinics.findGroup()
                .orElseThrow(() -> new FieldErrors().add("name", "organisation.group.first").asException());
        Logo logo = Logo.read(upload).orElseThrow(() -> new FieldErrors().add("logo", "organisation.logo.invalid").asException());
        group.changeLogo(logo);
        record(Kind.CLINIC_GROUP_CHANGED, "/group/logo");
        return GroupView.of(group);
    }

    public ClinicView addClinic(ClinicDraft draft) {
        FieldErrors errors = new FieldErrors();
        String code = draft.codeOrFromName();
        if (code.isEmpty() && draft.nameMissing()) {
            // Nothing to make a code from: the name's own error says what to do.
        } else if (!OrganisationDrafts.isCode(code)) {
            errors.add("code", "organisation.code.invalid");
        } else if (clinics.findByCode(code).isPresent()) {
            errors.add("code", "organisation.code.taken");
        }
        ClinicDetails details = null;
        try {
            details = draft.validated();
        } catch (InvalidInputException invalid) {
            invalid.errors().asMap().forEach(errors::add);
        }
        errors.throwIfAny();
        Clinic clinic = clinics.add(Clinic.create(code, details, draft.takingBookings()));
        users.find(current.get().id()).orElseThrow().joinClinic(clinic.id());
        current.joined(clinic.id());
        record(Kind.CLINIC_CREATED, "/clinics/" + clinic.id());
        return ClinicView.of(clinic);
    }

    public ClinicView changeClinic(long id, ClinicDraft draft) {
        Clinic clinic = clinics.find(current.clinicIds(), id).orElseThrow(OrganisationService::gone);
        clinic.describe(draft.validated(), draft.takingBookings());
        record(Kind.CLINIC_CHANGED, "/clinics/" + id);
        return ClinicView.of(clinic);
    }

    public VisitTypeView addVisitType(VisitTypeDraft draft) {
        Clinic clinic = clinics.find(current.clinicIds(), draft.clinicId() == null ? 0 : draft.clinicId())
                .orElseThrow(() -> new FieldErrors().add("clinicId", "staff.clinics.invalid").asException());
        List<VisitType> existing = clinics.findVisitTypes(Set.of(clinic.id()));
        String code = uniqueCode(OrganisationDrafts.slug(draft.nameNb() == null ? "" : draft.nameNb()), existing);
        int last = existing.stream().mapToInt(VisitType::sortOrder).max().orElse(0);
        FieldErrors errors = new FieldErrors();
        BookingMode mode = draft.bookingModeOr(BookingMode.REQUEST, errors);
        VisitType made = null;
        try {
            made = VisitType.create(clinic, code, draft.nameNb(), draft.nameEn(), draft.minutes(), last + 1);
        } catch (InvalidInputException invalid) {
            invalid.errors().asMap().forEach(errors::add);
        }
        errors.throwIfAny();
        made.changeBookingMode(mode);
        VisitType visitType = clinics.add(made);
        record(Kind.VISIT_TYPE_CREATED, "/visit-types/" + visitType.id());
        return VisitTypeView.of(visitType);
    }

    public VisitTypeView changeVisitType(long id, VisitTypeDraft draft) {
        VisitType visitType = clinics.findVisitTypes(current.clinicIds()).stream()
                .filter(v -> v.id() == id).findFirst().orElseThrow(OrganisationService::gone);
        // The mode is checked before anything changes, and its error comes back with the others.
        FieldErrors errors = new FieldErrors();
        BookingMode mode = draft.bookingModeOr(visitType.bookingMode(), errors);
        try {
            visitType.describe(draft.nameNb(), draft.nameEn(), draft.minutes(), draft.offered());
        } catch (InvalidInputException invalid) {
            invalid.errors().asMap().forEach(errors::add);
        }
        errors.throwIfAny();
        visitType.changeBookingMode(mode);
        record(Kind.VISIT_TYPE_CHANGED, "/visit-types/" + id);
        return VisitTypeView.of(visitType);
    }

    /** The code partners' API knows the kind of visit by: from its name, numbered when taken. */
    private static String uniqueCode(String fromName, List<VisitType> existing) {
        Set<String> taken = existing.stream().map(VisitType::code).collect(Collectors.toSet());
        String base = fromName.isEmpty() ? "visit" : fromName.substring(0, Math.min(fromName.length(), 34));
        String code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private void record(Kind kind, String path) {
        events.record(kind, current.get().id(), null, PATH + path);
    }

    /** Another clinic's item answers like one that is gone. */
    private static NotFoundException gone() {
        return new NotFoundException("setup.gone");
    }
}
