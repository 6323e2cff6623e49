package no.timebok.booking.schedule;

import java.time.Instant;

/** An appointment as staff see it. */
public record AppointmentView(long id, long bookingRequestId, long resourceId, String resourceName, String place,
                              Instant startsAt, Instant endsAt, AppointmentStatus status, Instant patientConfirmedAt) {

    static AppointmentView of(Appointment appointment, Resource resource) {
        return new AppointmentView(appointment.id(), appointment.bookingRequestId(), resource.id(), resource.name(),
                resource.place(), appointment.startsAt(), appointment.endsAt(), appointment.status(),
                appointment.patientConfirmedAt().orElse(null));
    }
}
