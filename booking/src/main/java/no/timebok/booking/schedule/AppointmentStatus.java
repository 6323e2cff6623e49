package no.timebok.booking.schedule;

public enum AppointmentStatus {
    BOOKED, CANCELLED
}
