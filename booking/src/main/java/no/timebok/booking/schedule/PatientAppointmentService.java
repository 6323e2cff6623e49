package no.timebok.booking.schedule;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import no.timebok.booking.request.BookingRequestRepository;
import no.timebok.booking.request.PublicReceipt;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.booking.clinic.Clinic;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.ConflictException;

/**
 * What the patient can do through the link in their message: see, confirm or cancel. It reads and
 * writes only what an edge node's database account may (the appointment, its cells, the request's
 * status and history; never its names or contact data), so the page runs on the edge as in the EAR.
 */
@Stateless
public class PatientAppointmentService {

    /** Where a patient manages an appointment: this, then the appointment's 128-bit token. */
    public static final String PATH = "/appointment/";

    @Inject
    AppointmentRepository appointments;

    @Inject
    BookingRequestRepository requests;

    @Inject
    Event<PatientCancellation> cancellations;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    public Optional<PatientView> show(String token) {
        return find(token).map(this::view);
    }

    public Optional<PatientView> confirm(String token) {
        return find(token).map(appointment -> {
            appointment.confirmByPatient(clock.instant());
            return view(appointment);
        });
    }

    /**
     * Cancels the appointment and frees its time at once. The cancellation message is owed
     * (the appointment says so) until messaging has queued it: in the EAR in this transaction
     * ({@link PatientNotices}), on an edge node by an internal node's pickup.
     */
    public Optional<PatientView> cancel(String token) {
        return find(token).map(appointment -> {
            if (appointment.status() == AppointmentStatus.BOOKED && !changeable(appointment)) {
                throw new ConflictException("appointment-too-late", "appointment.tooLate");
            }
            appointment.cancelByPatient();
            appointments.releaseCells(appointment);
            requests.cancelByPatient(appointment.bookingRequestId(), clock.instant());
            cancellations.fire(new PatientCancellation(appointment.id()));
            return view(appointment);
        });
    }

    private Optional<Appointment> find(String token) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return appointments.findByPatientToken(token);
    }

    /** Before the clinic's deadline: after it, the patient calls the clinic instead. */
    private boolean changeable(Appointment appointment) {
        return em.find(Clinic.class, appointment.clinicId()).selfBooking().allowsChangeOf(appointment.startsAt(), clock.instant());
    }

    private PatientView view(Appointment appointment) {
        PublicReceipt request = requests.findReceipt(appointment.bookingRequestId()).orElseThrow();
        String place = em.createQuery("SELECT r.place FROM Resource r WHERE r.id = :id", String.class)
                .setParameter("id", appointment.resourceId())
                .getSingleResult();
        return new PatientView(request.reference(), request.clinicId(), request.clinicName(), place,
                AppointmentTime.format(appointment.startsAt(), config.zone(), request.language()), request.languageTag(),
                appointment.status() == AppointmentStatus.CANCELLED, appointment.patientConfirmedAt().isPresent(),
                appointment.status() == AppointmentStatus.BOOKED && changeable(appointment));
    }

    /** Only what the patient's message already said: no names, nothing about the visit's reason. */
    public record PatientView(String reference, long clinicId, String clinic, String place, String time, String language,
                              boolean cancelled, boolean confirmed, boolean changeable) {
    }

    /** A patient cancelled this appointment through their link, in the current transaction. */
    public record PatientCancellation(long appointmentId) {
    }
}
