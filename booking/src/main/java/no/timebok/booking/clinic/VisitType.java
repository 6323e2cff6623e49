package no.timebok.booking.clinic;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;
import no.timebok.common.validation.StorableText;

/** A kind of visit one clinic offers. Holds no personal data. */
@Entity
@Table(name = "visit_type")
// Not in the shared cache: administrators change it, and another node of a cluster would keep
// offering the old hours or lengths from its own cache.
@Cacheable(false)
public class VisitType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id")
    private Clinic clinic;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "name_nb", nullable = false, length = 120)
    private String nameNb;

    @Column(name = "name_en", nullable = false, length = 120)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_mode", nullable = false, length = 8)
    private BookingMode bookingMode = BookingMode.REQUEST;

    protected VisitType() {
    }

    /**
     * A new kind of visit, last in the clinic's list.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "nameNb", "nameEn" or "slotMinutes"
     */
    public static VisitType create(Clinic clinic, String code, String nameNb, String nameEn, int slotMinutes,
                                   int sortOrder) {
        VisitType visitType = new VisitType();
        visitType.clinic = clinic;
        visitType.code = code;
        visitType.sortOrder = sortOrder;
        visitType.describe(nameNb, nameEn, slotMinutes, true);
        return visitType;
    }

    /**
     * Renames it, changes its length, offers it or stops offering it. Requests and appointments
     * already made keep it.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "nameNb", "nameEn" or "slotMinutes"
     */
    public void describe(String newNameNb, String newNameEn, int minutes, boolean offered) {
        FieldErrors errors = new FieldErrors();
        String nb = newNameNb == null ? "" : newNameNb.strip();
        String en = newNameEn == null ? "" : newNameEn.strip();
        if (nb.isEmpty() || nb.length() > 120 || !StorableText.isStorable(nb)) {
            errors.add("nameNb", "organisation.visitName.invalid");
        }
        if (en.isEmpty() || en.length() > 120 || !StorableText.isStorable(en)) {
            errors.add("nameEn", "organisation.visitName.invalid");
        }
        if (!validSlot(minutes)) {
            errors.add("slotMinutes", "setup.slot.invalid");
        }
        errors.throwIfAny();
        nameNb = nb;
        nameEn = en;
        slotMinutes = minutes;
        active = offered;
    }

    private static boolean validSlot(int minutes) {
        return minutes >= 15 && minutes <= 480 && minutes % 15 == 0;
    }

    @Column(name = "slot_minutes", nullable = false)
    private int slotMinutes;

    /**
     * Changes how long an appointment of this kind takes, on the 15-minute grid. Booked
     * appointments keep their length.
     *
     * @throws no.timebok.common.error.InvalidInputException naming "slotMinutes"
     */
    public void changeSlotLength(int minutes) {
        if (!validSlot(minutes)) {
            throw new FieldErrors().add("slotMinutes", "setup.slot.invalid").asException();
        }
        slotMinutes = minutes;
    }

    public int slotMinutes() {
        return slotMinutes;
    }

    public java.time.Duration slotLength() {
        return java.time.Duration.ofMinutes(slotMinutes);
    }

    public BookingMode bookingMode() {
        return bookingMode;
    }

    /** Whether patients send a request for it, pick a time, or may do either; appointments already made stay. */
    public void changeBookingMode(BookingMode mode) {
        bookingMode = java.util.Objects.requireNonNull(mode);
    }

    /** Offered at all, and with free times a patient may pick. */
    public boolean offersTimes() {
        return active && bookingMode.offersTimes();
    }

    public boolean active() {
        return active;
    }

    public Long id() {
        return id;
    }

    public Long clinicId() {
        return clinic.id();
    }

    public Clinic clinic() {
        return clinic;
    }

    public String clinicName() {
        return clinic.name();
    }

    public boolean offeredBy(Clinic candidate) {
        return active && clinic.id().equals(candidate.id());
    }

    public String code() {
        return code;
    }

    public String nameNb() {
        return nameNb;
    }

    public String nameEn() {
        return nameEn;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public String name(Language language) {
        return language.pick(nameNb, nameEn);
    }
}
