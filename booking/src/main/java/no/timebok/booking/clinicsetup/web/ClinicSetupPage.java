package no.timebok.booking.clinicsetup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.timebok.booking.clinicsetup.ClinicSetupService;
import no.timebok.booking.clinicsetup.SetupViews.ClinicView;
import no.timebok.booking.clinicsetup.SetupViews.Overview;
import no.timebok.booking.clinicsetup.SetupViews.ResourceView;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.FieldValues;

/**
 * Backs the administrator's set-up page. View-scoped, so what was typed into a form stays in it
 * when the form comes back with errors; each form's fields live in its own small form object.
 */
@Named
@ViewScoped
public class ClinicSetupPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = "t";

    @Inject
    transient ClinicSetupService setup;

    private Overview overview;
    private final ResourceForm resource = new ResourceForm();
    private final ClosureForm closure = new ClosureForm();
    private final NoticeForm notice = new NoticeForm();
    private final SelfBookingForm selfBooking = new SelfBookingForm();
    private Long visitTypeId;
    private String slotMinutes;

    public void load() {
        overview = setup.overview();
        if (selfBooking.getClinicId() == null && !overview.clinics().isEmpty()) {
            selfBooking.edit(overview.clinics().get(0));
        }
    }

    /** Fills the self-booking form with the chosen clinic's rules as stored. */
    public void editSelfBooking(ClinicView chosen) {
        selfBooking.edit(chosen);
    }

    public void saveSelfBooking() {
        ClinicView saved = setup.changeSelfBooking(selfBooking.getClinicId() == null ? 0 : selfBooking.getClinicId(),
                selfBooking.draft());
        saved();
        selfBooking.edit(saved);
    }

    public void edit(ResourceView chosen) {
        resource.edit(chosen);
    }

    public void newResource() {
        resource.clear();
    }

    public void saveResource() {
        if (resource.getEditingId() == null) {
            setup.addResource(resource.draft());
        } else {
            setup.changeResource(resource.getEditingId(), resource.draft());
        }
        saved();
        resource.clear();
    }

    public void addClosure() {
        setup.addClosure(closure.draft());
        saved();
        closure.clear();
    }

    public void removeClosure(long id) {
        setup.removeClosure(id);
        load();
    }

    public void addNotice() {
        setup.addNotice(notice.draft());
        saved();
        notice.clear();
    }

    public void removeNotice(long id) {
        setup.removeNotice(id);
        load();
    }

    public void saveSlotLength() {
        // Anything that is not a whole number of minutes in range is the same error as a wrong length.
        long minutes = FieldValues.wholeNumber(slotMinutes, "slotMinutes", "setup.slot.invalid", new FieldErrors()).orElse(0L);
        setup.changeSlotLength(visitTypeId == null ? 0 : visitTypeId, (int) Math.max(0, Math.min(minutes, Integer.MAX_VALUE)));
        saved();
    }

    private void saved() {
        PageMessages.info(TEXTS, "setup.saved");
        load();
    }

    public String resourceName(Long resourceId) {
        return resourceId == null ? PageMessages.text(TEXTS, "setup.wholeClinic") : overview.resources().stream()
                .filter(r -> r.id() == resourceId).map(ResourceView::name).findFirst().orElse("");
    }

    public String clinicName(long clinicId) {
        return overview.clinics().stream().filter(c -> c.id() == clinicId).map(c -> c.name()).findFirst().orElse("");
    }

    public Overview getOverview() {
        return overview;
    }

    public ResourceForm getResource() {
        return resource;
    }

    public ClosureForm getClosure() {
        return closure;
    }

    public SelfBookingForm getSelfBooking() {
        return selfBooking;
    }

    public NoticeForm getNotice() {
        return notice;
    }

    public Long getVisitTypeId() {
        return visitTypeId;
    }

    public void setVisitTypeId(Long visitTypeId) {
        this.visitTypeId = visitTypeId;
    }

    public String getSlotMinutes() {
        return slotMinutes;
    }

    public void setSlotMinutes(String slotMinutes) {
        this.slotMinutes = slotMinutes;
    }
}
