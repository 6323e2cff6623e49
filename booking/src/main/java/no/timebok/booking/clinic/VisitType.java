package no.timebok.booking.clinic;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A kind of visit one clinic offers. Holds no personal data. */
@Entity
@Table(name = "visit_type")
@Cacheable
public class VisitType {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id")
    private Clinic clinic;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_nb", nullable = false, length = 120)
    private String nameNb;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    protected VisitType() {
    }

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    public java.time.Duration slotLength() {
        return java.time.Duration.ofMinutes(slotMinutes);
    }

    public Long id() {
        return id;
    }

    public Long clinicId() {
        return clinic.id();
    }

    public String clinicName() {
        return clinic.name();
    }

    public boolean offeredBy(Clinic candidate) {
        return active && clinic.id().equals(candidate.id());
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameNb;
    }
}
