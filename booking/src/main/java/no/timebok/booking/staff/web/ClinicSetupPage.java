package no.timebok.booking.staff.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.clinicsetup.ClinicSetupService;
import no.timebok.booking.clinicsetup.SetupDrafts.ClosureDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.NoticeDraft;
import no.timebok.booking.clinicsetup.SetupDrafts.ResourceDraft;
import no.timebok.booking.clinicsetup.SetupItemNotFoundException;
import no.timebok.booking.clinicsetup.SetupViews.Overview;
import no.timebok.booking.clinicsetup.SetupViews.ResourceView;
import no.timebok.common.validation.FieldErrors;
import no.timebok.common.validation.InvalidInputException;

/**
 * Backs the administrator's set-up page. View-scoped, so what was typed into a form stays in it
 * when the form comes back with errors.
 */
@Named
@ViewScoped
public class ClinicSetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClinicSetupService setup;

    private Overview overview;

    private Long editingId;
    private Long resourceClinicId;
    private String name;
    private String place;
    private boolean active = true;
    private Map<String, String> hours = emptyWeek();

    private Long closureClinicId;
    private Long closureResourceId;
    private String firstDay;
    private String lastDay;
    private String reason;

    private Long noticeClinicId;
    private String titleNb;
    private String titleEn;
    private String bodyNb;
    private String bodyEn;
    private String shownFrom;
    private String shownUntil;

    private Long visitTypeId;
    private String slotMinutes;

    public void load() {
        overview = setup.overview();
    }

    public void edit(ResourceView resource) {
        editingId = resource.id();
        resourceClinicId = resource.clinicId();
        name = resource.name();
        place = resource.place();
        active = resource.active();
        hours = new LinkedHashMap<>(resource.hours());
    }

    public void newResource() {
        editingId = null;
        name = null;
        place = null;
        active = true;
        hours = emptyWeek();
    }

    public void saveResource() {
        ResourceDraft draft = new ResourceDraft(resourceClinicId, name, place, active, hours);
        try {
            if (editingId == null) {
                setup.addResource(draft);
            } else {
                setup.changeResource(editingId, draft);
            }
            FacesErrors.info(StaffTexts.text("setup.saved"));
            newResource();
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "resource-form");
        } catch (SetupItemNotFoundException e) {
            FacesErrors.global(StaffTexts.text("setup.gone"));
        }
        load();
    }

    public void addClosure() {
        try {
            setup.addClosure(new ClosureDraft(closureClinicId, closureResourceId, firstDay, lastDay, reason));
            FacesErrors.info(StaffTexts.text("setup.saved"));
            firstDay = null;
            lastDay = null;
            reason = null;
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "closure-form");
        }
        load();
    }

    public void removeClosure(long id) {
        try {
            setup.removeClosure(id);
        } catch (SetupItemNotFoundException e) {
            FacesErrors.global(StaffTexts.text("setup.gone"));
        }
        load();
    }

    public void addNotice() {
        try {
            setup.addNotice(new NoticeDraft(noticeClinicId, titleNb, titleEn, bodyNb, bodyEn, shownFrom, shownUntil));
            FacesErrors.info(StaffTexts.text("setup.saved"));
            titleNb = null;
            titleEn = null;
            bodyNb = null;
            bodyEn = null;
            shownFrom = null;
            shownUntil = null;
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "notice-form");
        }
        load();
    }

    public void removeNotice(long id) {
        try {
            setup.removeNotice(id);
        } catch (SetupItemNotFoundException e) {
            FacesErrors.global(StaffTexts.text("setup.gone"));
        }
        load();
    }

    public void saveSlotLength() {
        try {
            setup.changeSlotLength(visitTypeId == null ? 0 : visitTypeId, minutes());
            FacesErrors.info(StaffTexts.text("setup.saved"));
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "slot-form");
        } catch (SetupItemNotFoundException e) {
            FacesErrors.global(StaffTexts.text("setup.gone"));
        }
        load();
    }

    private Integer minutes() {
        try {
            return Integer.valueOf(slotMinutes == null ? "" : slotMinutes.strip());
        } catch (NumberFormatException e) {
            throw new FieldErrors().add("slotMinutes", "setup.slot.invalid").asException();
        }
    }

    private static Map<String, String> emptyWeek() {
        Map<String, String> week = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day.name(), "");
        }
        return week;
    }

    public String resourceName(Long resourceId) {
        return resourceId == null ? StaffTexts.text("setup.wholeClinic") : overview.resources().stream()
                .filter(r -> r.id() == resourceId).map(ResourceView::name).findFirst().orElse("");
    }

    public String clinicName(long clinicId) {
        return overview.clinics().stream().filter(c -> c.id() == clinicId).map(c -> c.name()).findFirst().orElse("");
    }

    public List<String> days() {
        return List.copyOf(hours.keySet());
    }

    public Overview getOverview() {
        return overview;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getResourceClinicId() {
        return resourceClinicId;
    }

    public void setResourceClinicId(Long resourceClinicId) {
        this.resourceClinicId = resourceClinicId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Map<String, String> getHours() {
        return hours;
    }

    public Long getClosureClinicId() {
        return closureClinicId;
    }

    public void setClosureClinicId(Long closureClinicId) {
        this.closureClinicId = closureClinicId;
    }

    public Long getClosureResourceId() {
        return closureResourceId;
    }

    public void setClosureResourceId(Long closureResourceId) {
        this.closureResourceId = closureResourceId;
    }

    public String getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(String firstDay) {
        this.firstDay = firstDay;
    }

    public String getLastDay() {
        return lastDay;
    }

    public void setLastDay(String lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getNoticeClinicId() {
        return noticeClinicId;
    }

    public void setNoticeClinicId(Long noticeClinicId) {
        this.noticeClinicId = noticeClinicId;
    }

    public String getTitleNb() {
        return titleNb;
    }

    public void setTitleNb(String titleNb) {
        this.titleNb = titleNb;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getBodyNb() {
        return bodyNb;
    }

    public void setBodyNb(String bodyNb) {
        this.bodyNb = bodyNb;
    }

    public String getBodyEn() {
        return bodyEn;
    }

    public void setBodyEn(String bodyEn) {
        this.bodyEn = bodyEn;
    }

    public String getShownFrom() {
        return shownFrom;
    }

    public void setShownFrom(String shownFrom) {
        this.shownFrom = shownFrom;
    }

    public String getShownUntil() {
        return shownUntil;
    }

    public void setShownUntil(String shownUntil) {
        this.shownUntil = shownUntil;
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
