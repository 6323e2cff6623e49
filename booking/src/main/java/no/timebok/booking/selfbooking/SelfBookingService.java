package no.timebok.booking.selfbooking;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.timebok.booking.clinic.ClinicRepository;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.intake.BookingIntakeService;
import no.timebok.booking.request.BookingDetails;
import no.timebok.booking.request.BookingForm;
import no.timebok.booking.request.BookingFormValidator;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.schedule.Appointment;
import no.timebok.booking.schedule.AppointmentRepository;
import no.timebok.booking.schedule.PatientChange;
import no.timebok.booking.schedule.SlotCalendar.FreeSlot;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.ConflictException;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.messaging.MessageKind;
import no.timebok.common.persistence.UtcColumns;

/**
 * Books the time a patient picked: the request (sealed, as from the form) and its appointment in
 * one transaction, or nothing. The database decides between two patients who picked one time:
 * the appointment's cells are claimed in the insert, and the loser's whole transaction rolls back.
 * No time is held while the patient types; see the README on why.
 */
@Stateless
public class SelfBookingService {

    private static final int NEAREST = 6;

    @Inject
    BookingFormValidator validator;

    @Inject
    BookingIntakeService intake;

    @Inject
    FreeTimes freeTimes;

    @Inject
    AppointmentRepository appointments;

    /** Sends the confirmation in this transaction inside the EAR; an edge leaves it to an internal node. */
    @Inject
    Event<PatientChange> changes;

    @Inject
    ClinicRepository clinics;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The kind of visit with this id, if patients may pick times for it. */
    public Optional<VisitType> offering(String visitTypeId) {
        if (visitTypeId == null || !visitTypeId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return clinics.findVisitType(Long.parseLong(visitTypeId))
                .filter(type -> type.offersTimes() && type.clinic().acceptsBookings());
    }

    /**
     * @param formKey the showing of the details form: a second post of it gets the first one's appointment
     * @return the booked appointment's link token
     * @throws no.timebok.common.error.InvalidInputException per field, the time as "slot"; nothing stored
     * @throws ConflictException "slot-taken" when the time is no longer free, "too-many-appointments"
     *         when this phone number or address holds as many picked times as allowed
     */
    public String book(BookingForm typed, String picked, String formKey) {
        Optional<String> earlier = earlierBooking(formKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Optional<VisitType> type = offering(typed.visitTypeId());
        Optional<PickedTime> time = PickedTime.parse(picked);
        FieldErrors errors = new FieldErrors();
        if (type.isEmpty()) {
            errors.add("visitType", "error.visitType.notAtClinic");
        }
        if (time.isEmpty()) {
            errors.add("slot", "times.slot.required");
        }
        errors.throwIfAny();
        BookingDetails details = validator.validate(asRequest(typed, type.get(), time.get()), clinic -> true);
        refuseHoarding(details);
        if (!freeTimes.offers(type.get(), time.get())) {
            throw taken();
        }
        Instant now = clock.instant();
        BookingRequest request = intake.storePicked(details, formKey);
        em.persist(request.changeStatus(BookingStatus.SCHEDULED, null, now));
        Appointment appointment = Appointment.bookByPatient(request.id(), type.get().clinicId(), time.get().resourceId(),
                time.get().start(), type.get().slotLength(), now);
        appointment.owePatientNotice(MessageKind.APPOINTMENT_BOOKED);
        try {
            appointments.add(appointment);
        } catch (ConflictException lostTheRace) {
            throw taken();
        }
        changes.fire(new PatientChange(appointment.id()));
        return appointment.patientToken();
    }

    /** The free times nearest to one a patient just lost, earliest first. */
    public List<FreeSlot> nearest(VisitType type, Instant lost) {
        LocalDate day = LocalDate.ofInstant(lost, config.zone());
        return FreeTimes.onePerStart(freeTimes.between(type, day.minusDays(7), day.plusDays(14))).stream()
                .sorted(Comparator.comparing(slot -> Math.abs(slot.start().getEpochSecond() - lost.getEpochSecond())))
                .limit(NEAREST)
                .sorted(Comparator.comparing(FreeSlot::start))
                .toList();
    }

    /** The request as the form's validator reads it: this clinic and kind of visit, on the picked day. */
    private BookingForm asRequest(BookingForm typed, VisitType type, PickedTime time) {
        String day = LocalDate.ofInstant(time.start(), config.zone()).toString();
        return new BookingForm(typed.firstName(), typed.lastName(), typed.phone(), typed.email(), typed.nationalId(),
                type.clinicId().toString(), type.id().toString(), day, day, "ANY", typed.freeText(), typed.newsletter(),
                typed.language(), typed.privacyVersion());
    }

    /**
     * Counted by the database function {@code upcoming_picked_times} (V84), which an edge node's
     * account may call without being able to read any phone number or address.
     */
    private void refuseHoarding(BookingDetails details) {
        int allowed = config.positiveInt(ConfigKey.SELF_BOOKING_MAX_UPCOMING_PER_PHONE);
        Number upcoming = (Number) em.createNativeQuery("SELECT upcoming_picked_times(?, ?, ?, ?)")
                .setParameter(1, details.clinic().id())
                .setParameter(2, details.contact().phoneE164().orElse(null))
                .setParameter(3, details.contact().email().orElse(null))
                .setParameter(4, UtcColumns.column(clock.instant()))
                .getSingleResult();
        if (upcoming.intValue() >= allowed) {
            throw new ConflictException("too-many-appointments", "times.tooMany");
        }
    }

    /** The link token of the appointment already booked from this showing of the form, if any. */
    public Optional<String> earlierBooking(String formKey) {
        if (formKey == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a.patientToken FROM Appointment a, BookingRequest b"
                        + " WHERE b.id = a.bookingRequestId AND b.formKey = :key", String.class)
                .setParameter("key", formKey)
                .getResultStream()
                .findFirst();
    }

    static ConflictException taken() {
        return new ConflictException("slot-taken", "times.taken");
    }
}
