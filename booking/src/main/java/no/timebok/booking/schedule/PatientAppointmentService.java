package no.timebok.booking.schedule;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import no.timebok.booking.request.BookingRequest;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.request.ReceiptToken;
import no.timebok.common.messaging.MessageKind;

/** What the patient can do through the link in their message: see, confirm or cancel. */
@Stateless
public class PatientAppointmentService {

    /** Where a patient manages an appointment: this, then the appointment's 128-bit token. */
    public static final String PATH = "/appointment/";

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentMessages messages;

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

    public Optional<PatientView> cancel(String token) {
        return find(token).map(appointment -> {
            appointment.cancel();
            appointments.releaseCells(appointment);
            BookingRequest request = em.find(BookingRequest.class, appointment.bookingRequestId());
            if (request.status().canMoveTo(BookingStatus.CANCELLED)) {
                em.persist(request.changeStatus(BookingStatus.CANCELLED, null, clock.instant()));
            }
            Resource resource = appointments.findResource(appointment.resourceId()).orElseThrow();
            messages.send(MessageKind.APPOINTMENT_CANCELLED, request, appointment, resource);
            return view(appointment);
        });
    }

    private Optional<Appointment> find(String token) {
        if (!ReceiptToken.isWellFormed(token)) {
            return Optional.empty();
        }
        return appointments.findByPatientToken(token);
    }

    private PatientView view(Appointment appointment) {
        BookingRequest request = em.find(BookingRequest.class, appointment.bookingRequestId());
        Resource resource = appointments.findResource(appointment.resourceId()).orElseThrow();
        return new PatientView(request.reference(), request.clinic().name(), resource.place(),
                messages.time(appointment.startsAt(), request.language()), request.language().tag(),
                appointment.status() == AppointmentStatus.CANCELLED, appointment.patientConfirmedAt().isPresent());
    }

    /** Only what the patient's message already said: no names, nothing about the visit's reason. */
    public record PatientView(String reference, String clinic, String place, String time, String language,
                              boolean cancelled, boolean confirmed) {
    }
}
