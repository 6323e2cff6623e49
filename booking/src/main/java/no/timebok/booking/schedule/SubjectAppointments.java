package no.timebok.booking.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/**
 * A data subject's appointments, for the privacy officer's answers: listed in an access export,
 * and the future ones cancelled on erasure. Runs in the caller's transaction; the caller has
 * already checked that the booking request belongs to the person and the officer's clinic.
 */
@ApplicationScoped
public class SubjectAppointments {

    @Inject
    AppointmentRepository appointments;

    @Inject
    AppointmentMessages messages;

    public List<AppointmentView> of(long bookingRequestId) {
        return appointments.forRequest(bookingRequestId).stream()
                .map(a -> AppointmentView.of(a, appointments.findResource(a.resourceId()).orElseThrow()))
                .toList();
    }

    /**
     * Cancels the booked appointments that have not started, frees their time and withdraws their
     * reminders, as a staff cancellation does. No cancellation message goes out: the person asked
     * for their data to be erased, and the address is being erased with it.
     *
     * @return how many were cancelled
     */
    public int cancelFuture(long bookingRequestId, Instant now) {
        int cancelled = 0;
        for (Appointment appointment : appointments.forRequest(bookingRequestId)) {
            if (appointment.status() == AppointmentStatus.BOOKED && appointment.startsAt().isAfter(now)) {
                appointment.cancel();
                appointments.releaseCells(appointment);
                messages.withdrawReminder(appointment);
                cancelled++;
            }
        }
        return cancelled;
    }
}
