package no.timebok.booking.waitinglist;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import no.timebok.booking.request.BookingReference;
import no.timebok.booking.request.PatientContact;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;
import no.timebok.common.persistence.UtcInstantConverter;

/** A patient's place in line for a kind of visit at a clinic, with the dates that suit them. */
@Entity
@Table(name = "waiting_list_entry")
public class WaitingListEntry {

    /** Where the patient is in line: waiting, holding an offer, booked from an offer, or gone. */
    public enum Status {
        WAITING, OFFERED, BOOKED, LEFT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    private long clinicId;

    @Column(name = "visit_type_id", nullable = false, updatable = false)
    private long visitTypeId;

    @Column(nullable = false, updatable = false, length = 12)
    private String reference;

    /** The key in the patient's link to their place: 128 random bits. */
    @Column(nullable = false, updatable = false, length = 22)
    private String token;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "phone_e164", length = 16)
    private String phoneE164;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 2)
    private String language;

    private LocalDate earliest;

    private LocalDate latest;

    @Column(name = "joined_at", nullable = false, updatable = false)
    @Convert(converter = UtcInstantConverter.class)
    private Instant joinedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Status status;

    @Version
    private long version;

    protected WaitingListEntry() {
    }

    static WaitingListEntry join(long clinicId, long visitTypeId, PatientContact contact, Language language,
                                 Optional<LocalDate> earliest, Optional<LocalDate> latest, Instant now) {
        WaitingListEntry entry = new WaitingListEntry();
        entry.clinicId = clinicId;
        entry.visitTypeId = visitTypeId;
        entry.reference = BookingReference.next("WL-");
        entry.token = ReceiptToken.next();
        entry.firstName = contact.firstName();
        entry.lastName = contact.lastName();
        entry.phoneE164 = contact.phoneE164().orElse(null);
        entry.email = contact.email().orElse(null);
        entry.language = language.tag();
        entry.earliest = earliest.orElse(null);
        entry.latest = latest.orElse(null);
        entry.joinedAt = now;
        entry.status = Status.WAITING;
        return entry;
    }

    /** Whether a time on this day is one the patient said suits them. */
    boolean fits(LocalDate day) {
        return (earliest == null || !day.isBefore(earliest)) && (latest == null || !day.isAfter(latest));
    }

    void offered() {
        status = Status.OFFERED;
    }

    /** The offer lapsed or the time was lost: back in line, in the same place. */
    void backInLine() {
        if (status == Status.OFFERED) {
            status = Status.WAITING;
        }
    }

    void booked() {
        status = Status.BOOKED;
    }

    void leave() {
        if (status == Status.BOOKED) {
            throw new ConflictException("waiting-list-booked", "waiting.alreadyBooked");
        }
        status = Status.LEFT;
    }

    public Long id() {
        return id;
    }

    public long clinicId() {
        return clinicId;
    }

    public long visitTypeId() {
        return visitTypeId;
    }

    public String reference() {
        return reference;
    }

    public String token() {
        return token;
    }

    public PatientContact contact() {
        return new PatientContact(firstName, lastName, Optional.ofNullable(phoneE164), Optional.ofNullable(email));
    }

    public Language language() {
        return Language.of(language);
    }

    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    public Optional<LocalDate> latest() {
        return Optional.ofNullable(latest);
    }

    /** When the patient joined: their place in line. */
    public Instant joinedAtForOrdering() {
        return joinedAt;
    }

    public Status status() {
        return status;
    }
}
