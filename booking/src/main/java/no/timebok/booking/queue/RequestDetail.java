package no.timebok.booking.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.timebok.booking.request.BookingStatus;

/**
 * Everything reception sees of one request. Personal fields are null once retention erased them;
 * {@code freeTextErasedAt} then says when. {@code privacyVersion} is the privacy notice's version the
 * patient was shown; null for requests taken before that was recorded. {@code bookedByPatient}: the patient picked the
 * time themselves on the public pages.
 */
public record RequestDetail(long id, String reference, long version, long clinicId, String clinicName,
                            Long visitTypeId, String visitTypeName, BookingStatus status, List<BookingStatus> nextStatuses,
                            Instant submittedAt, String firstName, String lastName, String phoneE164, String email,
                            String maskedNationalId, String freeText, Instant freeTextErasedAt,
                            LocalDate preferredFrom, LocalDate preferredUntil, String preferredPartOfDay,
                            Long assignedTo, String language, List<Note> notes, List<Event> history,
                            Instant processingRestrictedAt, LocalDate privacyVersion, boolean bookedByPatient) {

    public record Note(long id, Instant writtenAt, long staffUserId, String text) {
    }

    public record Event(Instant occurredAt, Long staffUserId, String kind, BookingStatus fromStatus,
                        BookingStatus toStatus, Long assignedTo) {
    }
}
