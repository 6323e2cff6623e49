package no.timebok.booking.clinicsetup.web;

import java.io.Serializable;
import no.timebok.booking.clinicsetup.SetupDrafts.SelfBookingDraft;
import no.timebok.booking.clinicsetup.SetupViews.ClinicView;
import no.timebok.booking.clinicsetup.SetupViews.SelfBookingView;

/**
 * The set-up page's form for one clinic's rules for patients' own bookings, as typed, so that a
 * form refused for a wrong number comes back with what was written in it.
 */
public class SelfBookingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long clinicId;
    private String horizonDays;
    private String deadlineHours;
    private boolean waitingList;

    /** Shows a clinic's rules as they are stored. */
    void edit(ClinicView clinic) {
        SelfBookingView rules = clinic.selfBooking();
        clinicId = clinic.id();
        horizonDays = String.valueOf(rules.horizonDays());
        deadlineHours = String.valueOf(rules.deadlineHours());
        waitingList = rules.waitingList();
    }

    /**
     * What was typed as the service takes it. Text that is no whole number is out of range, so it
     * comes back as the same field error as a number that is too large or too small.
     */
    SelfBookingDraft draft() {
        return new SelfBookingDraft(number(horizonDays), number(deadlineHours), waitingList);
    }

    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Long getClinicId() {
        return clinicId;
    }

    public void setClinicId(Long clinicId) {
        this.clinicId = clinicId;
    }

    public String getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(String horizonDays) {
        this.horizonDays = horizonDays;
    }

    public String getDeadlineHours() {
        return deadlineHours;
    }

    public void setDeadlineHours(String deadlineHours) {
        this.deadlineHours = deadlineHours;
    }

    public boolean isWaitingList() {
        return waitingList;
    }

    public void setWaitingList(boolean waitingList) {
        this.waitingList = waitingList;
    }
}
