package no.timebok.booking.waitinglist;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.timebok.booking.abuse.RateLimits;
import no.timebok.booking.clinic.Clinic;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.request.BookingFormValidator;
import no.timebok.booking.request.PatientContact;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.ConflictException;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.i18n.Language;
import no.timebok.common.validation.StorableText;

/** Joining the waiting list from the free-times page, and seeing or leaving one's place from its link. */
@Stateless
public class WaitingListService {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    ClinicRepository clinics;

    @Inject
    RateLimits rateLimits;

    @Inject
    WaitingMessages messages;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** The kind of visit with this id, if its clinic offers a waiting list for it. */
    public Optional<VisitType> offering(String visitTypeId) {
        if (visitTypeId == null || !visitTypeId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return clinics.findVisitType(Long.parseLong(visitTypeId))
                .filter(type -> type.offersTimes() && type.clinic().acceptsBookings() && type.clinic().selfBooking().waitingList());
    }

    /**
     * @return the new entry's link token
     * @throws no.timebok.common.error.InvalidInputException per field; nothing stored
     * @throws ConflictException "too-many-entries" when this phone number or address waits in enough lines
     */
    public String join(WaitingListForm form) {
        FieldErrors errors = new FieldErrors();
        Optional<VisitType> type = offering(form.visitTypeId());
        if (type.isEmpty()) {
            errors.add("visitType", "error.visitType.notAtClinic");
        }
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>();
        typed.put("firstName", form.firstName());
        typed.put("lastName", form.lastName());
        typed.put("phone", form.phone());
        typed.put("email", form.email());
        StorableText.refuseUnstorable(typed, errors);
        Optional<PatientContact> contact = BookingFormValidator.contact(form.firstName(), form.lastName(), form.phone(),
                form.email(), errors);
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        Optional<LocalDate> earliest = date(form.earliest(), "earliestDate", errors);
        Optional<LocalDate> latest = date(form.latest(), "latestDate", errors);
        latest.filter(d -> d.isBefore(today)).ifPresent(d -> errors.add("latestDate", "error.latestDate.past"));
        if (earliest.isPresent() && latest.isPresent() && latest.get().isBefore(earliest.get())) {
            errors.add("latestDate", "error.latestDate.beforeEarliest");
        }
        errors.throwIfAny();
        refuseHoarding(contact.get());
        contact.get().phoneE164().ifPresent(rateLimits::admitPhone);
        Instant now = clock.instant();
        WaitingListEntry entry = WaitingListEntry.join(type.get().clinicId(), type.get().id(), contact.get(),
                Language.of(form.language()), earliest, latest, now);
        em.persist(entry);
        messages.joined(entry, type.get().clinic());
        return entry.token();
    }

    public Optional<EntryView> show(String token) {
        return find(token).map(entry -> {
            Clinic clinic = em.find(Clinic.class, entry.clinicId());
            VisitType type = em.find(VisitType.class, entry.visitTypeId());
            long ahead = entry.status() == WaitingListEntry.Status.LEFT ? 0 : (Long) em.createQuery(
                            "SELECT COUNT(e) FROM WaitingListEntry e WHERE e.clinicId = :clinic AND e.status IN :waiting"
                                    + " AND (e.joinedAt < :joined OR (e.joinedAt = :joined AND e.id < :id))")
                    .setParameter("clinic", entry.clinicId())
                    .setParameter("waiting", java.util.List.of(WaitingListEntry.Status.WAITING, WaitingListEntry.Status.OFFERED))
                    .setParameter("joined", entry.joinedAtForOrdering())
                    .setParameter("id", entry.id())
                    .getSingleResult();
            return new EntryView(entry.reference(), clinic.name(), type.name(entry.language()), entry.earliest().orElse(null),
                    entry.latest().orElse(null), entry.status().name(), ahead, entry.language().tag());
        });
    }

    /** @throws ConflictException "waiting-list-booked" when the entry already led to an appointment */
    public Optional<EntryView> leave(String token) {
        find(token).ifPresent(WaitingListEntry::leave);
        em.flush();
        return show(token);
    }

    private void refuseHoarding(PatientContact contact) {
        int allowed = config.positiveInt(ConfigKey.WAITING_LIST_MAX_PER_PHONE);
        String jpql = "SELECT COUNT(e) FROM WaitingListEntry e WHERE e.status IN :active AND ";
        java.util.List<WaitingListEntry.Status> active = java.util.List.of(WaitingListEntry.Status.WAITING,
                WaitingListEntry.Status.OFFERED);
        long byPhone = contact.phoneE164().map(phone -> em.createQuery(jpql + "e.phoneE164 = :contact", Long.class)
                .setParameter("active", active).setParameter("contact", phone).getSingleResult()).orElse(0L);
        long byEmail = contact.email().map(email -> em.createQuery(jpql + "e.email = :contact", Long.class)
                .setParameter("active", active).setParameter("contact", email).getSingleResult()).orElse(0L);
        if (Math.max(byPhone, byEmail) >= allowed) {
            throw new ConflictException("too-many-entries", "waiting.tooMany");
        }
    }

    private Optional<WaitingListEntry> find(String token) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT e FROM WaitingListEntry e WHERE e.token = :token", WaitingListEntry.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    private static Optional<LocalDate> date(String typed, String field, FieldErrors errors) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            errors.add(field, "error." + field + ".invalid");
            return Optional.empty();
        }
    }

    /** What the entry's page shows: the patient's own place, nothing of anyone else's. */
    public record EntryView(String reference, String clinic, String visitType, LocalDate earliest, LocalDate latest,
                            String status, long ahead, String language) {
    }
}
