package no.timebok.booking.selfbooking;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.booking.request.BookingRequestRepository.LinkedRequest;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.booking.schedule.Appointment;
import no.timebok.booking.schedule.AppointmentRepository;
import no.timebok.booking.schedule.AppointmentStatus;
import no.timebok.booking.schedule.PatientChange;
import no.timebok.common.error.ConflictException;
import no.timebok.common.i18n.Language;
import no.timebok.common.messaging.MessageKind;

/**
 * A patient moves their own appointment to another free time from the link in its message, until
 * the clinic's deadline. The old time is free again in the same transaction that claims the new one.
 * It reads of the request only its kind of visit and language, so it runs on an edge node too.
 */
@Stateless
public class PatientMoveService {

    @Inject
    AppointmentRepository appointments;

    @Inject
    BookingRequestRepository requests;

    @Inject
    FreeTimes freeTimes;

    /** Sends the rescheduled message in this transaction inside the EAR; an edge leaves it to an internal node. */
    @Inject
    Event<PatientChange> changes;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The appointment behind this link, while the patient may still move it to a time of its kind of visit. */
    public Optional<Movable> find(String token) {
        return appointment(token).map(appointment -> {
            Optional<LinkedRequest> request = requests.linkedRequest(appointment.bookingRequestId());
            VisitType type = request.flatMap(this::visitTypeOf).orElse(null);
            boolean allowed = appointment.status() == AppointmentStatus.BOOKED && type != null && type.offersTimes()
                    && type.clinic().selfBooking().allowsChangeOf(appointment.startsAt(), clock.instant());
            String language = request.map(linked -> linked.language().tag()).orElse(Language.DEFAULT.tag());
            return new Movable(appointment.startsAt(), language, allowed ? type : null);
        });
    }

    /**
     * @throws ConflictException "appointment-too-late" past the clinic's deadline (or when its kind of
     *         visit is no longer booked by patients), "appointment-cancelled", or "slot-taken"
     */
    public void move(String token, PickedTime to) {
        Appointment appointment = appointment(token).orElseThrow(PatientMoveService::tooLate);
        Optional<VisitType> type = requests.linkedRequest(appointment.bookingRequestId()).flatMap(this::visitTypeOf);
        Instant now = clock.instant();
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("appointment-cancelled", "appointment.cancelled");
        }
        if (type.isEmpty() || !type.get().offersTimes()
                || !type.get().clinic().selfBooking().allowsChangeOf(appointment.startsAt(), now)) {
            throw tooLate();
        }
        if (!freeTimes.offers(type.get(), to)) {
            throw SelfBookingService.taken();
        }
        appointments.releaseCells(appointment);
        appointment.moveTo(to.resourceId(), to.start());
        appointment.owePatientNotice(MessageKind.APPOINTMENT_RESCHEDULED);
        em.flush();
        appointments.claimCells(appointment);
        requests.movedByPatient(appointment.bookingRequestId(), now);
        changes.fire(new PatientChange(appointment.id()));
    }

    private Optional<VisitType> visitTypeOf(LinkedRequest request) {
        return request.visitTypeId().map(id -> em.find(VisitType.class, id));
    }

    private Optional<Appointment> appointment(String token) {
        return ReceiptToken.isWellFormed(token) ? appointments.findByPatientToken(token) : Optional.empty();
    }

    static ConflictException tooLate() {
        return new ConflictException("appointment-too-late", "appointment.tooLate");
    }

    /** An appointment on the move page; {@code type} is null when it can no longer be moved here. */
    public record Movable(Instant start, String language, VisitType type) {
        public boolean allowed() {
            return type != null;
        }
    }
}
