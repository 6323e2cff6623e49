package no.timebok.booking.clinic;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;

/** A clinic's notice for a period of days, such as summer opening hours or treatment deadlines. */
@Entity
@Table(name = "clinic_notice")
@Cacheable(false)
public class ClinicNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id")
    private Clinic clinic;

    @Column(name = "title_nb", nullable = false)
    private String titleNb;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "body_nb", nullable = false)
    private String bodyNb;

    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Column(name = "shown_from", nullable = false)
    private LocalDate shownFrom;

    @Column(name = "shown_until", nullable = false)
    private LocalDate shownUntil;

    protected ClinicNotice() {
    }

    /**
     * A notice in both languages for the days it is shown on the public form. It is public text:
     * it must never name a patient.
     *
     * @throws no.timebok.common.error.InvalidInputException naming each field that is empty or
     *         too long, or "shownUntil" when the period ends before it starts
     */
    public static ClinicNotice create(Clinic clinic, String titleNb, String titleEn, String bodyNb, String bodyEn,
                                      LocalDate shownFrom, LocalDate shownUntil) {
        FieldErrors errors = new FieldErrors();
        ClinicNotice notice = new ClinicNotice();
        notice.clinic = clinic;
        notice.titleNb = text(errors, "titleNb", titleNb, 200);
        notice.titleEn = text(errors, "titleEn", titleEn, 200);
        notice.bodyNb = text(errors, "bodyNb", bodyNb, 4000);
        notice.bodyEn = text(errors, "bodyEn", bodyEn, 4000);
        if (shownUntil.isBefore(shownFrom)) {
            errors.add("shownUntil", "setup.period.order");
        }
        errors.throwIfAny();
        notice.shownFrom = shownFrom;
        notice.shownUntil = shownUntil;
        return notice;
    }

    private static String text(FieldErrors errors, String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            errors.add(field, max > 200 ? "setup.body.invalid" : "setup.title.invalid");
        }
        return trimmed;
    }

    public Long id() {
        return id;
    }

    public long clinicId() {
        return clinic.id();
    }

    public LocalDate shownFrom() {
        return shownFrom;
    }

    public LocalDate shownUntil() {
        return shownUntil;
    }

    public boolean shownOn(LocalDate day) {
        return !day.isBefore(shownFrom) && !day.isAfter(shownUntil);
    }

    public String clinicName() {
        return clinic.name();
    }

    public String title(Language language) {
        return language.pick(titleNb, titleEn);
    }

    public String body(Language language) {
        return language.pick(bodyNb, bodyEn);
    }
}
