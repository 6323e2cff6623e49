package no.timebok.booking.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.messaging.MessageKind;

/**
 * Sends what a patient's own booking, move or cancellation owes them: the message, and the
 * reminder scheduled or withdrawn with it. In the EAR it observes the change and sends in the same
 * transaction; an edge node has neither this class nor messaging, so there the appointment keeps
 * its flag and {@link PatientNoticePickup} sends later, once.
 */
@ApplicationScoped
public class PatientNotices {

    @Inject
    AppointmentMessages messages;

    @Inject
    AppointmentRepository appointments;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    void sendNow(@Observes PatientAppointmentService.PatientCancellation cancellation) {
        sendCancellation(em.find(Appointment.class, cancellation.appointmentId()));
    }

    void sendNow(@Observes PatientChange change) {
        sendChange(em.find(Appointment.class, change.appointmentId()));
    }

    void sendCancellation(Appointment appointment) {
        send(MessageKind.APPOINTMENT_CANCELLED, appointment);
        appointment.cancelNoticeSent();
    }

    void sendChange(Appointment appointment) {
        appointment.patientNoticeDue()
                .filter(kind -> appointment.status() == AppointmentStatus.BOOKED)
                .ifPresent(kind -> send(kind, appointment));
        appointment.patientNoticeSent();
    }

    private void send(MessageKind kind, Appointment appointment) {
        BookingRequest request = em.find(BookingRequest.class, appointment.bookingRequestId());
        Resource resource = appointments.findResource(appointment.resourceId()).orElseThrow();
        messages.send(kind, request, appointment, resource);
    }
}
