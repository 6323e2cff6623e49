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

    public boolean shownOn(LocalDate day) {
        return !day.isBefore(shownFrom) && !day.isAfter(shownUntil);
    }

    public String clinicName() {
        return clinic.name();
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titleNb;
    }

    public String body(String language) {
        return "en".equals(language) ? bodyEn : bodyNb;
    }
}
