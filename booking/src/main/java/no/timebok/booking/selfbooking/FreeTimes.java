package no.timebok.booking.selfbooking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.timebok.booking.clinic.SelfBookingRules;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.schedule.AppointmentStatus;
import no.timebok.booking.schedule.Closure;
import no.timebok.booking.schedule.Resource;
import no.timebok.booking.schedule.SlotCalendar;
import no.timebok.booking.schedule.SlotCalendar.FreeSlot;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.persistence.UtcColumns;

/**
 * The times a patient may pick for a kind of visit: every active resource of its clinic, within the
 * clinic's horizon and not closer than its deadline, and not offered to a waiting patient. A fixed
 * number of queries whatever the span or the number of resources (resources, their hours, closures,
 * booked time, offered time), as the public page is read far more often than anything is booked. The answer names no one: only when each resource is free.
 */
@ApplicationScoped
@Transactional
public class FreeTimes {

    @PersistenceContext(unitName = "booking")
    EntityManager em;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** Free times from {@code from} to {@code until} inclusive, clipped to what the clinic offers, earliest first. */
    public List<FreeSlot> between(VisitType type, LocalDate from, LocalDate until) {
        return span(type, from, until, clock.instant())
                .map(span -> notBefore(uncut(type, span), span.earliest()))
                .orElse(List.of());
    }

    /**
     * The days a patient may see of {@code from} to {@code until} at {@code now}, and the earliest
     * start the deadline allows; empty when the kind of visit offers none of them. Reads nothing,
     * so it starts no transaction of its own.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Span> span(VisitType type, LocalDate from, LocalDate until, Instant now) {
        SelfBookingRules rules = type.clinic().selfBooking();
        LocalDate today = LocalDate.ofInstant(now, config.zone());
        LocalDate first = from.isBefore(today) ? today : from;
        LocalDate last = until.isAfter(rules.lastOfferedDay(today)) ? rules.lastOfferedDay(today) : until;
        if (!type.offersTimes() || last.isBefore(first)) {
            return Optional.empty();
        }
        return Optional.of(new Span(first, last, now.plus(Duration.ofHours(rules.deadlineHours()))));
    }

    /**
     * The span's free times, earliest first, before the deadline's cut, so {@link FreeTimesCache}
     * can keep them while time passes: they change with the database, and otherwise only when a
     * waiting-list offer lapses (its time shows again then, within the cache's lifetime).
     */
    public List<FreeSlot> uncut(VisitType type, Span span) {
        Instant begin = span.first().atStartOfDay(config.zone()).toInstant();
        Instant end = span.last().plusDays(1).atStartOfDay(config.zone()).toInstant();
        List<Closure> closures = em.createQuery("SELECT c FROM Closure c WHERE c.clinicId = :clinic", Closure.class)
                .setParameter("clinic", type.clinicId())
                .getResultList();
        Map<Long, List<SlotCalendar.Booked>> booked = booked(type.clinicId(), begin, end);
        List<FreeSlot> free = new ArrayList<>();
        for (Resource resource : resources(type.clinicId())) {
            free.addAll(new SlotCalendar(resource, closures, booked.getOrDefault(resource.id(), List.of()), config.zone())
                    .freeSlots(span.first(), span.last(), type.slotLength(), Instant.MIN));
        }
        free.sort(Comparator.comparing(FreeSlot::start));
        return free;
    }

    /** The slots starting at {@code earliest} or later, in their order. */
    public static List<FreeSlot> notBefore(List<FreeSlot> slots, Instant earliest) {
        return slots.stream().filter(slot -> !slot.start().isBefore(earliest)).toList();
    }

    /** Whether a patient may book this very time now. */
    public boolean offers(VisitType type, PickedTime time) {
        LocalDate day = LocalDate.ofInstant(time.start(), config.zone());
        return between(type, day, day).stream()
                .anyMatch(slot -> slot.resourceId() == time.resourceId() && slot.start().equals(time.start()));
    }

    /** Where a resource's appointments are, as the patient's messages name it. */
    public String placeOf(long resourceId) {
        return em.createQuery("SELECT r.place FROM Resource r WHERE r.id = :id", String.class)
                .setParameter("id", resourceId)
                .getResultStream()
                .findFirst()
                .orElse("");
    }

    /**
     * One time per start: a patient picks when, not which room. The first resource free at that
     * start (in the resources' order) is the one booked.
     */
    public static List<FreeSlot> onePerStart(List<FreeSlot> slots) {
        Map<Instant, FreeSlot> byStart = new LinkedHashMap<>();
        slots.forEach(slot -> byStart.putIfAbsent(slot.start(), slot));
        return List.copyOf(byStart.values());
    }

    private List<Resource> resources(long clinicId) {
        // The hours of all resources in one further query, not one per resource.
        return em.createQuery("SELECT r FROM Resource r WHERE r.clinicId = :clinic AND r.active = TRUE ORDER BY r.name, r.id",
                        Resource.class)
                .setParameter("clinic", clinicId)
                .setHint("eclipselink.batch", "r.openingHours")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    private Map<Long, List<SlotCalendar.Booked>> booked(long clinicId, Instant from, Instant until) {
        // The lower bound on the start lets the (clinic_id, status, starts_at) index read only the
        // span's rows (SlotCalendar.earliestStartOverlapping).
        // Read as epoch microseconds: some 2,400 rows a week at 50 resources (UtcColumns.epochMicros).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT resource_id, " + UtcColumns.epochMicros("starts_at") + ", "
                        + UtcColumns.epochMicros("ends_at") + " FROM appointment WHERE clinic_id = ?"
                        + " AND status = ? AND starts_at < ? AND starts_at > ? AND ends_at > ?")
                .setParameter(1, clinicId)
                .setParameter(2, AppointmentStatus.BOOKED.name())
                .setParameter(3, UtcColumns.column(until))
                .setParameter(4, UtcColumns.column(SlotCalendar.earliestStartOverlapping(from)))
                .setParameter(5, UtcColumns.column(from))
                .getResultList();
        Map<Long, List<SlotCalendar.Booked>> byResource = new HashMap<>();
        for (Object[] row : rows) {
            byResource.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new SlotCalendar.Booked(UtcColumns.fromEpochMicros(row[1]), UtcColumns.fromEpochMicros(row[2])));
        }
        // A time offered to a waiting patient is theirs until they answer or the offer lapses.
        @SuppressWarnings("unchecked")
        List<Object[]> offered = em.createNativeQuery("SELECT o.resource_id, o.starts_at, o.ends_at FROM waiting_list_offer o"
                        + " JOIN resource r ON r.id = o.resource_id WHERE r.clinic_id = ? AND o.status = 'OPEN'"
                        + " AND o.expires_at > ? AND o.starts_at < ? AND o.ends_at > ?")
                .setParameter(1, clinicId)
                .setParameter(2, UtcColumns.column(clock.instant()))
                .setParameter(3, UtcColumns.column(until))
                .setParameter(4, UtcColumns.column(from))
                .getResultList();
        for (Object[] row : offered) {
            byResource.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new SlotCalendar.Booked(UtcColumns.instant(row[1]), UtcColumns.instant(row[2])));
        }
        return byResource;
    }

    /** Days {@code first} to {@code last} inclusive; no time starting before {@code earliest} may be booked. */
    public record Span(LocalDate first, LocalDate last, Instant earliest) {
    }
}
