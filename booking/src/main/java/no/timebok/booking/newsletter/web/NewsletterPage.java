package no.timebok.booking.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.newsletter.Newsletter;
import no.timebok.booking.newsletter.NewsletterForm;
import no.timebok.booking.newsletter.NewsletterService;
import no.timebok.booking.newsletter.NewsletterView;
import no.timebok.booking.platform.faces.PageMessages;
import no.timebok.common.config.TimebokConfig;

/** Backs the administrator's newsletter page: write one, see the sent and unsent, send one. */
@Named
@RequestScoped
public class NewsletterPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String TEXTS = "nl";

    @Inject
    NewsletterService newsletters;

    @Inject
    ClinicRepository clinics;

    @Inject
    CurrentStaff current;

    @Inject
    TimebokConfig config;

    private final Map<Long, Long> sentThisYear = new HashMap<>();
    private Long clinicId;
    private String subjectNb;
    private String subjectEn;
    private String textNb;
    private String textEn;

    public void write() {
        newsletters.write(new NewsletterForm(clinicId, subjectNb, subjectEn, textNb, textEn));
        subjectNb = subjectEn = textNb = textEn = null;
        PageMessages.info(TEXTS, "newsletter.written");
    }

    /** {@code beyondPromise}: sent from the row's warning that the clinic has sent the notice's most this year. */
    public void send(long id, boolean beyondPromise) {
        NewsletterView sent = newsletters.send(id, beyondPromise);
        PageMessages.info(TEXTS, "newsletter.sentTo", String.valueOf(sent.recipients()));
    }

    /** How many the clinic sent this calendar year, when that is already the notice's most; else empty. */
    public String promiseReached(long clinicId) {
        long sent = sentThisYear.computeIfAbsent(clinicId, newsletters::sentThisYear);
        return sent >= Newsletter.MOST_PER_YEAR ? String.valueOf(sent) : "";
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
