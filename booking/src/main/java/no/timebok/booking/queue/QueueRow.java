package no.timebok.booking.queue;

import java.time.Instant;
import no.timebok.booking.request.BookingStatus;

/**
 * One line of the queue: what reception needs to pick the next request, read in one query.
 * {@code bookedByPatient}: the patient picked the time themselves, so reception need not call.
 */
public record QueueRow(long id, String reference, long clinicId, String clinicName, String visitTypeName,
                       String firstName, String lastName, String phoneE164, BookingStatus status,
                       Instant submittedAt, Long assignedTo, boolean bookedByPatient) {

    /** Contact data erased by retention shows as a dash rather than as "null". */
    public String displayName() {
        if (firstName == null && lastName == null) {
            return "–";
        }
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }
}
