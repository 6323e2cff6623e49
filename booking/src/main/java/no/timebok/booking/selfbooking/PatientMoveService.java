package no.timebok.booking.selfbooking;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.booking.schedule.Appointment;
import no.timebok.booking.schedule.AppointmentMessages;
import no.timebok.booking.schedule.AppointmentRepository;
import no.timebok.booking.schedule.AppointmentStatus;
import no.timebok.common.error.ConflictException;
import no.timebok.common.messaging.MessageKind;

/**
 * A patient moves their own appointment to another free time from the link in its message, until
 * the clinic's deadline. The old time is free again in the same transaction that claims the new one.
 */
@Stateless
public class PatientMoveService {

    @Inject
    AppointmentRepository appointments;

    @Inject
    FreeTimes freeTimes;

    @Inject
    AppointmentMessages messages;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** The appointment behind this link, while the patient may still move it to a time of its kind of visit. */
    public Optional<Movable> find(String token) {
        return appointment(token).map(appointment -> {
            BookingRequest request = em.find(BookingRequest.class, appointment.bookingRequestId());
            VisitType type = request.visitType();
            boolean allowed = appointment.status() == AppointmentStatus.BOOKED && type != null && type.offersTimes()
                    && type.clinic().selfBooking().allowsChangeOf(appointment.startsAt(), clock.instant());
            return new Movable(appointment.startsAt(), request.language().tag(), allowed ? type : null);
        });
    }

    /**
     * @throws ConflictException "appointment-too-late" past the clinic's deadline (or when its kind of
     *         visit is no longer booked by patients), "appointment-cancelled", or "slot-taken"
     */
    public void move(String token, PickedTime to) {
        Appointment appointment = appointment(token).orElseThrow(PatientMoveService::tooLate);
        BookingRequest request = em.find(BookingRequest.class, appointment.bookingRequestId());
        VisitType type = request.visitType();
        Instant now = clock.instant();
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("appointment-cancelled", "appointment.cancelled");
        }
        if (type == null || !type.offersTimes() || !type.clinic().selfBooking().allowsChangeOf(appointment.startsAt(), now)) {
            throw tooLate();
        }
        if (!freeTimes.offers(type, to)) {
            throw SelfBookingService.taken();
        }
        appointments.releaseCells(appointment);
        appointment.moveTo(to.resourceId(), to.start());
        em.flush();
        appointments.claimCells(appointment);
        em.persist(request.appointmentMovedByPatient(now));
        messages.send(MessageKind.APPOINTMENT_RESCHEDULED, request, appointment,
                appointments.findResource(to.resourceId()).orElseThrow());
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
