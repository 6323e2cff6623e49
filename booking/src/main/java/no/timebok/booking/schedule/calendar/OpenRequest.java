package no.timebok.booking.schedule.calendar;

/** A request of the clinic that staff may still book a time for, by reference only. */
public record OpenRequest(long id, String reference, String visitTypeName) {
}
