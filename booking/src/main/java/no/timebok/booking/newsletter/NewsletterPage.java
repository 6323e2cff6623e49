package no.timebok.booking.newsletter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.staff.CurrentStaff;
import no.timebok.booking.staff.web.FacesErrors;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.validation.InvalidInputException;

/** Backs the administrator's newsletter page: write one, see the sent and unsent, send one. */
@Named
@RequestScoped
public class NewsletterPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String BUNDLE = "no.timebok.booking.newsletter.newsletter";

    @Inject
    NewsletterService newsletters;

    @Inject
    ClinicRepository clinics;

    @Inject
    CurrentStaff current;

    @Inject
    TimebokConfig config;

    private Long clinicId;
    private String subjectNb;
    private String subjectEn;
    private String textNb;
    private String textEn;

    public void write() {
        try {
            newsletters.write(new NewsletterForm(clinicId, subjectNb, subjectEn, textNb, textEn));
            subjectNb = subjectEn = textNb = textEn = null;
            FacesErrors.info(text("newsletter.written"));
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "newsletter-form");
        }
    }

    public void send(long id) {
        try {
            NewsletterView sent = newsletters.send(id);
            FacesErrors.info(text("newsletter.sentTo").replace("{0}", String.valueOf(sent.recipients())));
        } catch (NewsletterAlreadySentException e) {
            FacesErrors.global(text("newsletter.alreadySent"));
        } catch (NewsletterNotFoundException e) {
            FacesErrors.global(text("newsletter.notFound"));
        }
    }

    public List<NewsletterView> getNewsletters() {
        return newsletters.list();
    }

    public List<Clinic> getClinics() {
        return clinics.findBookable().stream().filter(c -> current.clinicIds().contains(c.id())).toList();
    }

    public String clinicName(long id) {
        return clinics.findBookable(id).map(Clinic::name).orElse(String.valueOf(id));
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(config.zone()));
    }

    private static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("nb"), NewsletterPage.class.getClassLoader()).getString(key);
    }

    public Long getClinicId() {
        return clinicId;
    }

    public void setClinicId(Long clinicId) {
        this.clinicId = clinicId;
    }

    public String getSubjectNb() {
        return subjectNb;
    }

    public void setSubjectNb(String subjectNb) {
        this.subjectNb = subjectNb;
    }

    public String getSubjectEn() {
        return subjectEn;
    }

    public void setSubjectEn(String subjectEn) {
        this.subjectEn = subjectEn;
    }

    public String getTextNb() {
        return textNb;
    }

    public void setTextNb(String textNb) {
        this.textNb = textNb;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }
}
