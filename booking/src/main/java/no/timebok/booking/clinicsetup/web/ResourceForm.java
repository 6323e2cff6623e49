package no.timebok.booking.clinicsetup.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.clinicsetup.SetupDrafts.ResourceDraft;
import no.timebok.booking.clinicsetup.SetupViews.ResourceView;

/** The set-up page's resource form: a new resource, or the one being edited, with its weekly hours as typed. */
public class ResourceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editingId;
    private Long clinicId;
    private String name;
    private String place;
    private boolean active = true;
    private Map<String, String> hours = emptyWeek();

    void edit(ResourceView resource) {
        editingId = resource.id();
        clinicId = resource.clinicId();
        name = resource.name();
        place = resource.place();
        active = resource.active();
        hours = new LinkedHashMap<>(resource.hours());
    }

    /** Empties the form for a new resource; the clinic chosen last stays chosen. */
    void clear() {
        editingId = null;
        name = null;
        place = null;
        active = true;
        hours = emptyWeek();
    }

    ResourceDraft draft() {
        return new ResourceDraft(clinicId, name, place, active, hours);
    }

    public List<String> days() {
        return List.copyOf(hours.keySet());
    }

    private static Map<String, String> emptyWeek() {
        Map<String, String> week = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day.name(), "");
        }
        return week;
    }

    public Long getEditingId() {
        return editingId;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public void setClinicId(Long clinicId) {
        this.clinicId = clinicId;
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
}
