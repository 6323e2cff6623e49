package no.timebok.booking.clinicsetup.web;

import java.io.Serializable;
import no.timebok.booking.clinicsetup.SetupDrafts.NoticeDraft;

/** The set-up page's form for a notice on the public form, in both languages, as typed. */
public class NoticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long clinicId;
    private String titleNb;
    private String titleEn;
    private String bodyNb;
    private String bodyEn;
    private String shownFrom;
    private String shownUntil;

    NoticeDraft draft() {
        return new NoticeDraft(clinicId, titleNb, titleEn, bodyNb, bodyEn, shownFrom, shownUntil);
    }

    /** Empties the texts and dates; the clinic stays chosen. */
    void clear() {
        titleNb = null;
        titleEn = null;
        bodyNb = null;
        bodyEn = null;
        shownFrom = null;
        shownUntil = null;
    }

    public Long getClinicId() {
        return clinicId;
    }

    public void setClinicId(Long clinicId) {
        this.clinicId = clinicId;
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
}
