package no.timebok.booking.request;

/** Where a request is in the reception's queue. */
public enum BookingStatus {
    NEW, CONTACTED, SCHEDULED, COMPLETED, REJECTED, CANCELLED
}
