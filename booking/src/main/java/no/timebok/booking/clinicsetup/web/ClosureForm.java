package no.timebok.booking.clinicsetup.web;

import java.io.Serializable;
import no.timebok.booking.clinicsetup.SetupDrafts.ClosureDraft;

/** The set-up page's closure form, as typed. */
public class ClosureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long clinicId;
    private Long resourceId;
    private String firstDay;
    private String lastDay;
    private String reason;

    ClosureDraft draft() {
        return new ClosureDraft(clinicId, resourceId, firstDay, lastDay, reason);
    }

    /** Empties the dates and reason; the clinic and resource stay chosen for the next closure. */
    void clear() {
        firstDay = null;
        lastDay = null;
        reason = null;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public void setClinicId(Long clinicId) {
        this.clinicId = clinicId;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
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
}
