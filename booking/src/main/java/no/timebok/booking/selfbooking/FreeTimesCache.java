package no.timebok.booking.selfbooking;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import no.timebok.booking.clinic.VisitType;
import no.timebok.booking.schedule.SlotCalendar.FreeSlot;
import no.timebok.booking.schedule.SlotCalendarChanged;
import no.timebok.common.config.ConfigKey;
import no.timebok.common.config.ConfigType;
import no.timebok.common.config.TimebokConfig;

/**
 * The free-times page's times as this node worked them out a moment ago, per kind of visit and
 * span of days, for at most {@code timebok.self-booking.free-times-cache} (PT0S: not kept). The
 * page is read far more often than anything is booked, and working a week out for 50 resources
 * costs the server many times what the page's rate allows.
 * <p>
 * What a kept week may miss, and what it may not: a time another node booked shows until the entry
 * expires, and booking it is refused then, since booking asks the database ({@link FreeTimes#offers}).
 * This node's own bookings, moves, cancellations and waiting-list offers drop the clinic's entries
 * as they commit. The deadline's cut is made on every read, so a kept week never offers a time
 * that has come too close. Nothing is shared between nodes; an edge node keeps its own.
 */
@ApplicationScoped
public class FreeTimesCache {

    /**
     * Far more than the kinds of visit times the weeks of a horizon: only a flood of odd spans
     * reaches it, and then those are worked out without being kept.
     */
    static final int MAX_ENTRIES = 2_000;

    @Inject
    FreeTimes freeTimes;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    /** Counts drops, so a week worked out while a booking committed is not kept past it. */
    private final AtomicLong drops = new AtomicLong();
    private Duration lifetime;

    @PostConstruct
    void readLifetime() {
        ConfigKey key = ConfigKey.SELF_BOOKING_FREE_TIMES_CACHE;
        lifetime = ConfigType.DURATION_OR_ZERO.parse(key, config.value(key));
    }

    /**
     * One free time per start from {@code from} to {@code until}, as
     * {@code FreeTimes.onePerStart(freeTimes.between(type, from, until))} answers it, at most the
     * cache's lifetime old.
     */
    public List<FreeSlot> onePerStart(VisitType type, LocalDate from, LocalDate until) {
        if (lifetime.isZero()) {
            return FreeTimes.onePerStart(freeTimes.between(type, from, until));
        }
        Instant now = clock.instant();
        Optional<FreeTimes.Span> span = freeTimes.span(type, from, until, now);
        if (span.isEmpty()) {
            return List.of();
        }
        Key key = new Key(type.id(), span.get().first(), span.get().last());
        Kept found = kept.get(key);
        if (found == null || !now.isBefore(found.expires())) {
            found = workOut(type, key, span.get(), now);
        }
        // One per start commutes with the cut: every resource's slot at a start is cut or none is.
        return FreeTimes.notBefore(found.slots(), span.get().earliest());
    }

    private Kept workOut(VisitType type, Key key, FreeTimes.Span span, Instant now) {
        long dropsBefore = drops.get();
        Kept fresh = new Kept(type.clinicId(), FreeTimes.onePerStart(freeTimes.uncut(type, span)), now.plus(lifetime));
        if (kept.size() >= MAX_ENTRIES) {
            kept.values().removeIf(entry -> !now.isBefore(entry.expires()));
        }
        if (kept.size() < MAX_ENTRIES) {
            kept.put(key, fresh);
            // A drop since the read began may have come before this put and missed it.
            if (drops.get() != dropsBefore) {
                kept.remove(key, fresh);
            }
        }
        return fresh;
    }

    /** After the change commits, so no view reads the time as it was and keeps it again. */
    void drop(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlotCalendarChanged changed) {
        drops.incrementAndGet();
        kept.values().removeIf(entry -> entry.clinicId() == changed.clinicId());
    }

    private record Key(long visitTypeId, LocalDate first, LocalDate last) {
    }

    private record Kept(long clinicId, List<FreeSlot> slots, Instant expires) {
    }
}
