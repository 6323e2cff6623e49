package no.timebok.booking.schedule.calendar;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import no.timebok.booking.accesslog.AccessLog;
import no.timebok.booking.identity.CurrentStaff;
import no.timebok.booking.identity.SecurityEvent;
import no.timebok.booking.identity.SecurityEventLog;
import no.timebok.booking.identity.StaffMember;
import no.timebok.booking.schedule.AppointmentRepository;
import no.timebok.booking.schedule.AppointmentView;
import no.timebok.booking.schedule.Resource;
import no.timebok.booking.schedule.ResourceView;
import no.timebok.booking.schedule.SchedulingService;
import no.timebok.common.config.TimebokConfig;
import no.timebok.common.error.FieldErrors;
import no.timebok.common.error.NotFoundException;

/**
 * Reception's calendar of one resource of their own clinics. Listing requests (by reference) writes
 * one access-log entry per request, as the queue's list does; booking, moving and cancelling are
 * {@link SchedulingService}'s, with its rules and its log entries.
 */
@Stateless
public class CalendarService {

    /** A week at most: a longer range is another page, not a longer one. */
    public static final int MAX_DAYS = 7;

    @Inject
    AppointmentRepository appointments;

    @Inject
    CalendarRepository calendar;

    @Inject
    SchedulingService scheduling;

    @Inject
    CurrentStaff current;

    @Inject
    AccessLog accessLog;

    @Inject
    SecurityEventLog securityEvents;

    @Inject
    TimebokConfig config;

    @Inject
    Clock clock;

    /** The bookable resources of the caller's clinics, to choose a calendar from. */
    public List<ResourceView> resources() {
        return new TreeSet<>(current.clinicIds()).stream()
                .flatMap(clinic -> appointments.resourcesOf(clinic).stream())
                .map(r -> new ResourceView(r.id(), r.name(), r.place()))
                .toList();
    }

    /**
     * {@code days} days of the resource's calendar from {@code from}.
     *
     * @throws NotFoundException when the resource is not one of the caller's clinics', as when it does not exist
     * @throws no.timebok.common.error.InvalidInputException naming "days" outside 1 to {@link #MAX_DAYS}
     */
    public ResourceCalendar calendar(long resourceId, LocalDate from, int days) {
        if (days < 1 || days > MAX_DAYS) {
            new FieldErrors().add("days", "staff.calendar.days.invalid").throwIfAny();
        }
        StaffMember me = current.get();
        Resource resource = mine(me, resourceId);
        Instant begin = from.atStartOfDay(config.zone()).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(config.zone()).toInstant();
        List<BookedTime> booked = calendar.booked(resource.id(), begin, end);
        accessLog.recordListed(me, booked.stream()
                .map(b -> new AccessLog.ListedRequest(resource.clinicId(), b.requestId()))
                .distinct()
                .toList());
        return new ResourceCalendar(resource.id(), resource.name(), resource.clinicId(),
                CalendarDays.build(resource, appointments.closuresOf(resource.clinicId()), booked,
                        calendar.held(resource.id(), begin, end, clock.instant()), from, days, config.zone(), clock.instant()));
    }

    /** The requests a free time of this resource can be booked for; listed like the queue's rows. */
    public List<OpenRequest> openRequests(long resourceId) {
        StaffMember me = current.get();
        Resource resource = mine(me, resourceId);
        List<OpenRequest> open = calendar.openRequests(resource.clinicId());
        accessLog.recordListed(me, open.stream().map(r -> new AccessLog.ListedRequest(resource.clinicId(), r.id())).toList());
        return open;
    }

    /** Cancels a booked appointment from the calendar: the same cancellation as on the request's page. */
    public AppointmentView cancel(long appointmentId) {
        return scheduling.cancel(appointmentId);
    }

    /** The resource if it is at one of the caller's clinics; a 404 otherwise, logged when it exists elsewhere. */
    private Resource mine(StaffMember me, long resourceId) {
        Optional<Resource> found = appointments.findResource(resourceId);
        if (found.isPresent() && !me.clinicIds().contains(found.get().clinicId())) {
            securityEvents.record(SecurityEvent.Kind.NOT_FOUND_OUTSIDE_CLINIC, me.id(), null, "/api/staff/calendar");
        }
        return found.filter(r -> me.clinicIds().contains(r.clinicId()))
                .orElseThrow(() -> new NotFoundException("staff.calendar.resource.notFound"));
    }
}
