package no.timebok.booking.accesslog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.request.BookingReference;
import no.timebok.booking.request.BookingRequest;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.validation.PhoneNumbers;

/**
 * The privacy officer reads who has read a patient's data: by a booking reference, or by the
 * patient's mobile number for all their requests at the officer's clinics. The reading itself is
 * logged, so the log also shows who looked at the log.
 */
@Stateless
@RolesAllowed("privacy")
public class AccessLogService {

    @Inject
    AccessLogRepository log;

    @Inject
    AccessLog accessLog;

    @Inject
    CurrentStaff current;

    /**
     * @param search a reference (TB-XXXX-XX) or a mobile number
     * @throws no.timebok.common.error.InvalidInputException naming "search" when it is neither
     */
    public PatientAccessLog forPatient(String search) {
        StaffMember me = current.get();
        String typed = search == null ? "" : search.strip();
        List<BookingRequest> requests;
        if (BookingReference.isWellFormed(typed.toUpperCase(java.util.Locale.ROOT))) {
            requests = log.requestsByReference(me.clinicIds(), typed.toUpperCase(java.util.Locale.ROOT));
        } else {
            Optional<String> phone = typed.matches("[+0-9 ()-]{5,}") ? PhoneNumbers.toE164(typed) : Optional.empty();
            requests = log.requestsByPhone(me.clinicIds(),
                    phone.orElseThrow(() -> new FieldErrors().add("search", "privacy.search.invalid").asException()));
        }
        if (requests.isEmpty()) {
            return new PatientAccessLog(List.of(), List.of());
        }
        Map<Long, BookingRequest> byId = requests.stream().collect(Collectors.toMap(BookingRequest::id, Function.identity()));
        List<Entry> entries = log.entriesWithReaders(List.copyOf(byId.keySet())).stream()
                .map(row -> Entry.of((AccessLogEntry) row[0], (String) row[1], byId))
                .toList();
        requests.forEach(r -> accessLog.record(me, r.clinic().id(), r.id(), null, AccessAction.AUDITED));
        return new PatientAccessLog(requests.stream().map(BookingRequest::reference).toList(), entries);
    }

    /** The requests found and every read of them; staff named, patients not. */
    public record PatientAccessLog(List<String> references, List<Entry> entries) {
    }

    public record Entry(Instant at, String staffName, String role, String action, String reference, Long appointmentId) {
        static Entry of(AccessLogEntry entry, String staffName, Map<Long, BookingRequest> requests) {
            return new Entry(entry.accessedAt(), staffName, entry.staffRole().roleName(), entry.action().name(),
                    requests.get(entry.bookingRequestId()).reference(), entry.appointmentId());
        }
    }
}
