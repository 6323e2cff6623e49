package no.timebok.booking.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import no.timebok.common.messaging.MessageKind;
import org.junit.jupiter.api.Test;

class AppointmentTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private static final Instant START = Instant.parse("2027-03-10T09:00:00Z");

    private static Appointment picked() {
        return Appointment.bookByPatient(7, 1, 101, START, Duration.ofMinutes(30), NOW);
    }

    @Test
    void aMoveBeforeTheBookingWasToldStillOwesTheBookingsMessageWithTheNewTime() {
        Appointment appointment = picked();
        appointment.owePatientNotice(MessageKind.APPOINTMENT_BOOKED);

        appointment.moveTo(102, START.plus(Duration.ofDays(1)));
        appointment.owePatientNotice(MessageKind.APPOINTMENT_RESCHEDULED);

        assertEquals(Optional.of(MessageKind.APPOINTMENT_BOOKED), appointment.patientNoticeDue());
        assertEquals(START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30)), appointment.endsAt());
    }

    @Test
    void aMoveAfterTheBookingWasToldOwesTheRescheduledMessage() {
        Appointment appointment = picked();
        appointment.owePatientNotice(MessageKind.APPOINTMENT_BOOKED);
        appointment.patientNoticeSent();

        appointment.owePatientNotice(MessageKind.APPOINTMENT_RESCHEDULED);

        assertEquals(Optional.of(MessageKind.APPOINTMENT_RESCHEDULED), appointment.patientNoticeDue());
    }

    @Test
    void aCancellationDropsAnUntoldBookingAndOwesOnlyTheCancellation() {
        Appointment appointment = picked();
        appointment.owePatientNotice(MessageKind.APPOINTMENT_BOOKED);

        appointment.cancelByPatient();

        assertEquals(Optional.empty(), appointment.patientNoticeDue());
        assertEquals(AppointmentStatus.CANCELLED, appointment.status());
        assertTrue(appointment.bookedByPatient());
    }

    @Test
    void onlyABookingOrAMoveIsOwedThisWay() {
        assertThrows(IllegalArgumentException.class, () -> picked().owePatientNotice(MessageKind.APPOINTMENT_CANCELLED));
    }
}
