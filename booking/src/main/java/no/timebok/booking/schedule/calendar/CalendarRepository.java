package no.timebok.booking.schedule.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import no.timebok.booking.request.BookingStatus;
import no.timebok.booking.schedule.Appointment;
import no.timebok.booking.schedule.AppointmentStatus;
import no.timebok.booking.schedule.SlotCalendar;
import no.timebok.common.persistence.UtcColumns;

/** The calendar's reads; the caller has checked that the resource or clinic is the caller's. */
@ApplicationScoped
public class CalendarRepository {

    /** The newest open requests offered for booking from a free time; older ones are in the queue. */
    static final int OPEN_REQUESTS = 100;

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** A resource's booked appointments overlapping the range with their requests' references: one query for all days. */
    public List<BookedTime> booked(long resourceId, Instant from, Instant until) {
        return em.createQuery("SELECT a, b.reference FROM Appointment a, BookingRequest b WHERE b.id = a.bookingRequestId"
                        + " AND a.resourceId = :resource AND a.status = :booked AND a.startsAt < :until"
                        + " AND a.startsAt > :earliest AND a.endsAt > :from ORDER BY a.startsAt", Object[].class)
                .setParameter("resource", resourceId)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", from)
                .setParameter("earliest", SlotCalendar.earliestStartOverlapping(from))
                .setParameter("until", until)
                .getResultStream()
                .map(row -> {
                    Appointment a = (Appointment) row[0];
                    return new BookedTime(a.startsAt(), a.endsAt(), a.id(), a.bookingRequestId(), (String) row[1],
                            a.bookedByPatient());
                })
                .toList();
    }

    /** The resource's times offered to waiting patients and still open, overlapping the range. */
    public List<HeldTime> held(long resourceId, Instant from, Instant until, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT starts_at, ends_at, expires_at FROM waiting_list_offer"
                        + " WHERE resource_id = ? AND status = 'OPEN' AND expires_at > ? AND starts_at < ? AND ends_at > ?")
                .setParameter(1, resourceId)
                .setParameter(2, UtcColumns.column(now))
                .setParameter(3, UtcColumns.column(until))
                .setParameter(4, UtcColumns.column(from))
                .getResultList();
        return rows.stream()
                .map(r -> new HeldTime(UtcColumns.instant(r[0]), UtcColumns.instant(r[1]), UtcColumns.instant(r[2])))
                .toList();
    }

    /** Requests of the clinic that the request page still offers times for: new or contacted, not restricted. */
    public List<OpenRequest> openRequests(long clinicId) {
        return em.createQuery("SELECT b.id, b.reference, v.nameNb FROM BookingRequest b LEFT JOIN b.visitType v"
                        + " WHERE b.clinic.id = :clinic AND b.status IN :open AND b.processingRestrictedAt IS NULL"
                        + " ORDER BY b.submittedAt DESC, b.id DESC", Object[].class)
                .setParameter("clinic", clinicId)
                .setParameter("open", List.of(BookingStatus.NEW, BookingStatus.CONTACTED))
                .setMaxResults(OPEN_REQUESTS)
                .getResultStream()
                .map(row -> new OpenRequest((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
