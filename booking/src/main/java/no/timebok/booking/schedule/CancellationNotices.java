package no.timebok.booking.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.messaging.MessageKind;

/**
 * Sends what a patient's cancellation owes them: the cancellation message, and the withdrawal of
 * the appointment's reminder. In the EAR it observes the cancellation and sends in the same
 * transaction; an edge node has neither this class nor messaging, so there the appointment keeps
 * its flag and {@link CancellationNoticePickup} sends later, once.
 */
@ApplicationScoped
public class CancellationNotices {

    @Inject
    AppointmentMessages messages;

    @Inject
    AppointmentRepository appointments;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    void sendNow(@Observes PatientAppointmentService.PatientCancellation cancellation) {
        send(em.find(Appointment.class, cancellation.appointmentId()));
    }

    void send(Appointment appointment) {
        BookingRequest request = em.find(BookingRequest.class, appointment.bookingRequestId());
        Resource resource = appointments.findResource(appointment.resourceId()).orElseThrow();
        messages.send(MessageKind.APPOINTMENT_CANCELLED, request, appointment, resource);
        appointment.cancelNoticeSent();
    }
}
