package no.timebok.booking.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.timebok.common.persistence.UtcColumns;

@ApplicationScoped
public class AppointmentRepository {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    /** Observed by the waiting list on every node, an edge included, which writes the freed time down in this transaction. */
    @Inject
    Event<TimeFreed> freed;

    /** Every change of booked time goes through {@link #claimCells} or {@link #releaseCells}. */
    @Inject
    Event<SlotCalendarChanged> changed;

    /**
     * Stores the appointment and claims its cells. The cells' primary key is the double-booking
     * guard: when another transaction holds any of them, this fails and nothing is stored.
     */
    public void add(Appointment appointment) {
        em.persist(appointment);
        em.flush();
        claimCells(appointment);
    }

    /** Frees the appointment's time at once, and says so to whoever offers freed times. */
    public void releaseCells(Appointment appointment) {
        int released = em.createNativeQuery("DELETE FROM appointment_cell WHERE appointment_id = ?")
                .setParameter(1, appointment.id())
                .executeUpdate();
        if (released > 0) {
            freed.fire(TimeFreed.of(appointment));
            changed.fire(new SlotCalendarChanged(appointment.clinicId()));
        }
    }

    public void claimCells(Appointment appointment) {
        List<Instant> cells = SlotCalendar.cells(appointment.startsAt(), appointment.length());
        StringBuilder sql = new StringBuilder("INSERT INTO appointment_cell (resource_id, cell_start, appointment_id) VALUES ");
        for (int i = 0; i < cells.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Instant cell : cells) {
            insert.setParameter(p++, appointment.resourceId());
            insert.setParameter(p++, UtcColumns.column(cell));
            insert.setParameter(p++, appointment.id());
        }
        try {
            insert.executeUpdate();
        } catch (PersistenceException taken) {
            throw SlotCalendar.slotTaken();
        }
        changed.fire(new SlotCalendarChanged(appointment.clinicId()));
    }

    public Optional<Appointment> find(Set<Long> clinicIds, long id) {
        if (clinicIds.isEmpty()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Appointment a WHERE a.id = :id AND a.clinicId IN :clinics", Appointment.class)
                .setParameter("id", id)
                .setParameter("clinics", clinicIds)
                .getResultStream()
                .findFirst();
    }

    public Optional<Appointment> findByPatientToken(String token) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.patientToken = :token", Appointment.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    public List<Appointment> forRequest(long bookingRequestId) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.bookingRequestId = :id ORDER BY a.startsAt", Appointment.class)
                .setParameter("id", bookingRequestId)
                .getResultList();
    }

    /** Booked time of a resource between two instants, for the slot calendar. */
    public List<SlotCalendar.Booked> booked(long resourceId, Instant from, Instant until, Long except) {
        return em.createQuery("SELECT a FROM Appointment a WHERE a.resourceId = :resource AND a.status = :booked"
                                + " AND a.startsAt < :until AND a.startsAt > :earliest AND a.endsAt > :from", Appointment.class)
                .setParameter("resource", resourceId)
                .setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", from)
                .setParameter("earliest", SlotCalendar.earliestStartOverlapping(from))
                .setParameter("until", until)
                .getResultStream()
                .filter(a -> !a.id().equals(except))
                .map(a -> new SlotCalendar.Booked(a.startsAt(), a.endsAt()))
                .toList();
    }

    public Optional<Resource> findResource(long id) {
        return Optional.ofNullable(em.find(Resource.class, id));
    }

    public List<Resource> resourcesOf(long clinicId) {
        return em.createQuery("SELECT r FROM Resource r WHERE r.clinicId = :clinic AND r.active = TRUE ORDER BY r.name", Resource.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }

    public List<Closure> closuresOf(long clinicId) {
        return em.createQuery("SELECT c FROM Closure c WHERE c.clinicId = :clinic", Closure.class)
                .setParameter("clinic", clinicId)
                .getResultList();
    }
}
